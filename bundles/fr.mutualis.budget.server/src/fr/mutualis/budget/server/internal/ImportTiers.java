package fr.mutualis.budget.server.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.csv.LectureCsv;
import fr.mutualis.core.server.csv.LigneCsv;
import jakarta.persistence.EntityManager;

/**
 * A tiers import file (docs/budget.md, "Importer des tiers"), read through Apache Commons CSV and added in the caller's
 * transaction: every line is checked as a tiers entered by hand would be (shape, SIRET/SIREN and IBAN keys, an
 * identifier already in the répertoire or twice in the file), and the first refusal does not stop the reading, so that
 * the user gets the whole list at once. Any refusal throws, and the transaction writes nothing.
 */
final class ImportTiers {

    /** A file larger than this is refused before reading: split it. */
    static final int LIGNES_MAX = 10_000;

    private ImportTiers() {
    }

    static List<TiersEntity> importer(EntityManager em, Repertoire repertoire, CollectiviteId collectivite,
            String csv) {
        if (csv == null || csv.isBlank()) {
            throw new DonneeInvalideException("Le fichier de tiers est vide.");
        }
        List<LigneCsv> lignes = LectureCsv.lire(new StringReader(csv));
        if (lignes.isEmpty()) {
            throw new DonneeInvalideException("Le fichier de tiers est vide.");
        }
        entete(lignes.get(0));
        if (lignes.size() == 1) {
            throw new DonneeInvalideException("Le fichier de tiers ne contient aucun tiers après la ligne d'en-tête.");
        }
        if (lignes.size() - 1 > LIGNES_MAX) {
            throw new DonneeInvalideException("Le fichier contient " + (lignes.size() - 1) + " tiers ; un import en "
                    + "accepte au plus " + LIGNES_MAX + " : découpez-le.");
        }
        List<String> refus = new ArrayList<>();
        List<TiersEntity> ajoutes = new ArrayList<>();
        for (LigneCsv ligne : lignes.subList(1, lignes.size())) {
            String prefixe = "Ligne " + ligne.numero() + " : ";
            if (ligne.champs().size() != TiersService.COLONNES_IMPORT.size()) {
                refus.add(prefixe + ligne.champs().size() + " colonne(s) au lieu de "
                        + TiersService.COLONNES_IMPORT.size() + " (séparateur ; et champs contenant un ; entre "
                        + "guillemets).");
                continue;
            }
            try {
                ajoutes.add(repertoire.ajouter(em, collectivite, tiers(ligne.champs())));
            } catch (DonneeInvalideException e) {
                e.erreurs().forEach(m -> refus.add(prefixe + m));
            }
        }
        if (!refus.isEmpty()) {
            refus.add(0, "Import refusé, aucun tiers n'a été ajouté : " + refus.size() + " problème(s).");
            throw new DonneeInvalideException(refus);
        }
        return ajoutes;
    }

    private static void entete(LigneCsv premiere) {
        List<String> lus = premiere.champs().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (!lus.equals(TiersService.COLONNES_IMPORT)) {
            throw new DonneeInvalideException("Ligne " + premiere.numero() + " : l'en-tête doit être « "
                    + String.join(";", TiersService.COLONNES_IMPORT) + " » (lu : « " + premiere.texte() + " »).");
        }
    }

    /** A blank cell is an absent value; IBAN and BIC are read without spaces, in capitals. */
    private static Tiers tiers(List<String> c) {
        return new Tiers(texte(c.get(0)), texte(c.get(1)), code(c.get(2)), texte(c.get(3)), code(c.get(4)),
                code(c.get(5)), code(c.get(6)), new Adresse(texte(c.get(7)), texte(c.get(8)), code(c.get(9)),
                        texte(c.get(10))), code(c.get(11)), code(c.get(12)));
    }

    private static String texte(String cellule) {
        String s = cellule.strip();
        return s.isEmpty() ? null : s;
    }

    private static String code(String cellule) {
        String s = cellule.replace(" ", "").replace("\u00a0", "").toUpperCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }
}
