package fr.mutualis.budget.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import fr.mutualis.budget.server.regles.ControleTiers;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;

/** The répertoire of tiers of a collectivity, inside the caller's transaction. */
final class Repertoire {

    private final VueTiers vue;
    private final AuditJournal journal;

    Repertoire(VueTiers vue, AuditJournal journal) {
        this.vue = vue;
        this.journal = journal;
    }

    static TiersEntity trouver(EntityManager em, CollectiviteId collectivite, long id) {
        return em.createQuery("SELECT t FROM TiersEntity t WHERE t.id = :id AND t.collectivite = :c",
                TiersEntity.class).setParameter("id", id).setParameter("c", collectivite.code()).getResultStream()
                .findFirst().orElseThrow(() -> new IntrouvableException("Tiers n° " + id
                        + " inconnu du répertoire de la collectivité " + collectivite.code() + "."));
    }

    static List<TiersEntity> tous(EntityManager em, CollectiviteId collectivite) {
        return em.createQuery("SELECT t FROM TiersEntity t WHERE t.collectivite = :c ORDER BY t.nom, t.prenom, t.id",
                TiersEntity.class).setParameter("c", collectivite.code()).getResultList();
    }

    /** Checks the identifiers, refuses a second tiers with the same SIRET/SIREN, and adds it (IBAN encrypted). */
    TiersEntity ajouter(EntityManager em, CollectiviteId collectivite, Tiers tiers) {
        List<String> refus = new ArrayList<>(ControleTiers.verifier(tiers));
        if (tiers.identifiant() != null) {
            parIdentifiant(em, collectivite, tiers.identifiant()).ifPresent(t -> refus.add("Le tiers "
                    + t.toTiers(null).nomComplet() + " (n° " + t.getId() + ") a déjà l'identifiant "
                    + tiers.identifiant() + "."));
        }
        if (!refus.isEmpty()) {
            throw new DonneeInvalideException(refus);
        }
        TiersEntity entity = new TiersEntity(collectivite.code(), tiers, vue.chiffrer(tiers.iban()));
        em.persist(entity);
        journal.record(em, collectivite.code(), "tiers.enregistrer", tiers.nomComplet()
                + (tiers.identifiant() == null ? "" : " " + tiers.identifiant()));
        return entity;
    }

    /** The tiers with the same SIRET/SIREN (or, without one, the same name), added when absent. */
    TiersEntity trouverOuAjouter(EntityManager em, CollectiviteId collectivite, Tiers tiers) {
        Optional<TiersEntity> existant = tiers.identifiant() != null
                ? parIdentifiant(em, collectivite, tiers.identifiant())
                : tous(em, collectivite).stream().filter(t -> t.getIdentifiant() == null
                        && t.toTiers(null).nomComplet().equals(tiers.nomComplet())).findFirst();
        return existant.orElseGet(() -> ajouter(em, collectivite, tiers));
    }

    /**
     * The creditor of a line of a mandat collectif (an agent paid by the payroll), found by the collectivity's
     * reference for it (PES RefTiers, the agent's matricule), brought up to date (a new bank account, a new name)
     * or added; checked like any tiers.
     */
    TiersEntity creancier(EntityManager em, CollectiviteId collectivite, Tiers tiers) {
        if (tiers.reference() == null) {
            return trouverOuAjouter(em, collectivite, tiers);
        }
        Optional<TiersEntity> existant = em.createQuery("SELECT t FROM TiersEntity t WHERE t.collectivite = :c "
                + "AND t.reference = :r AND t.identifiant IS NULL AND t.categorie = :cat ORDER BY t.id", TiersEntity.class)
                .setParameter("cat", tiers.categorie())
                .setParameter("c", collectivite.code()).setParameter("r", tiers.reference()).getResultStream()
                .findFirst();
        if (existant.isEmpty()) {
            return ajouter(em, collectivite, tiers);
        }
        TiersEntity entity = existant.get();
        if (!vue.tiersComplet(entity).equals(tiers)) {
            List<String> refus = ControleTiers.verifier(tiers);
            if (!refus.isEmpty()) {
                throw new DonneeInvalideException(refus);
            }
            entity.remplir(tiers, vue.chiffrer(tiers.iban()));
            journal.record(em, collectivite.code(), "tiers.modifier", tiers.nomComplet() + " (référence "
                    + tiers.reference() + ")");
        }
        return entity;
    }

    private static Optional<TiersEntity> parIdentifiant(EntityManager em, CollectiviteId collectivite,
            String identifiant) {
        return em.createQuery("SELECT t FROM TiersEntity t WHERE t.collectivite = :c AND t.identifiant = :i",
                TiersEntity.class).setParameter("c", collectivite.code()).setParameter("i", identifiant)
                .getResultStream().findFirst();
    }
}
