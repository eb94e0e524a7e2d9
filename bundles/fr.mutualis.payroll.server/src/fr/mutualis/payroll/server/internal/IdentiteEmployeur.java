package fr.mutualis.payroll.server.internal;

import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.core.api.DonneeInvalideException;
import jakarta.persistence.EntityManager;

/**
 * What the payslip prints of the employer beyond its name: its SIRET and postal address (Code du travail,
 * art. R3243-1, 1°), one row of {@code paie_employeur} per collectivity.
 *
 * @param siret   14 digits, checked (Luhn key of the SIRET and of its SIREN)
 * @param adresse the postal address on one line ("Place de la Mairie, 74200 Brizon")
 */
public record IdentiteEmployeur(String siret, String adresse) {

    private static final int LONGUEUR_ADRESSE = 300;

    public IdentiteEmployeur {
        siret = siret == null ? "" : siret.replaceAll("\\s", "");
        adresse = adresse == null ? "" : adresse.strip().replaceAll("\\s+", " ");
        if (!ControleSiret.siretValide(siret)) {
            throw new DonneeInvalideException("SIRET invalide : 14 chiffres attendus, dont la clé de contrôle (par "
                    + "exemple 21740049800010).");
        }
        if (adresse.isEmpty() || adresse.length() > LONGUEUR_ADRESSE) {
            throw new DonneeInvalideException("Adresse de l'employeur manquante ou trop longue (" + LONGUEUR_ADRESSE
                    + " caractères au plus).");
        }
    }

    static IdentiteEmployeur lire(EntityManager em, CollectiviteId collectivite) {
        List<?> lignes = em.createNativeQuery("SELECT siret, adresse FROM paie_employeur WHERE collectivite = ?")
                .setParameter(1, collectivite.code()).getResultList();
        if (lignes.isEmpty()) {
            return null;
        }
        Object[] ligne = (Object[]) lignes.get(0);
        return new IdentiteEmployeur((String) ligne[0], (String) ligne[1]);
    }

    /** Records (or replaces) the identity of the employer, in the caller's transaction. */
    void enregistrer(EntityManager em, CollectiviteId collectivite) {
        int modifiees = em.createNativeQuery("UPDATE paie_employeur SET siret = ?, adresse = ? WHERE collectivite = ?")
                .setParameter(1, siret).setParameter(2, adresse).setParameter(3, collectivite.code()).executeUpdate();
        if (modifiees == 0) {
            em.createNativeQuery("INSERT INTO paie_employeur (collectivite, siret, adresse) VALUES (?, ?, ?)")
                    .setParameter(1, collectivite.code()).setParameter(2, siret).setParameter(3, adresse)
                    .executeUpdate();
        }
    }
}
