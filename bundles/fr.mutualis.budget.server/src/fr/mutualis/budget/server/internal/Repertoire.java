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

    /** A tiers a new pièce or engagement may name: of this collectivity and active. */
    static TiersEntity trouver(EntityManager em, CollectiviteId collectivite, long id) {
        TiersEntity tiers = charger(em, collectivite, id);
        if (!tiers.isActif()) {
            throw new DonneeInvalideException("Le tiers " + tiers.toTiers(null).nomComplet() + " (n° " + id
                    + ") est désactivé : réactivez-le dans le répertoire des tiers ou choisissez-en un autre.");
        }
        return tiers;
    }

    /** A tiers of this collectivity, active or not. */
    static TiersEntity charger(EntityManager em, CollectiviteId collectivite, long id) {
        return em.createQuery("SELECT t FROM TiersEntity t WHERE t.id = :id AND t.collectivite = :c",
                TiersEntity.class).setParameter("id", id).setParameter("c", collectivite.code()).getResultStream()
                .findFirst().orElseThrow(() -> new IntrouvableException("Tiers n° " + id
                        + " inconnu du répertoire de la collectivité " + collectivite.code() + "."));
    }

    static List<TiersEntity> tous(EntityManager em, CollectiviteId collectivite) {
        return em.createQuery("SELECT t FROM TiersEntity t WHERE t.collectivite = :c ORDER BY t.nom, t.prenom, t.id",
                TiersEntity.class).setParameter("c", collectivite.code()).getResultList();
    }

    /** Checks the identifiers, refuses a second tiers with the same SIRET/SIREN, and adds it (bank details encrypted). */
    TiersEntity ajouter(EntityManager em, CollectiviteId collectivite, Tiers tiers) {
        verifier(em, collectivite, tiers, null);
        TiersEntity entity = new TiersEntity(collectivite.code(), tiers, vue.chiffrer(tiers.iban()),
                vue.chiffrer(tiers.bic()));
        em.persist(entity);
        journal.record(em, collectivite.code(), "tiers.enregistrer", tiers.nomComplet()
                + (tiers.identifiant() == null ? "" : " " + tiers.identifiant()));
        return entity;
    }

    /**
     * Changes a tiers with the same checks. Without IBAN in {@code tiers}, a caller who may not see bank details keeps
     * those recorded; the ordonnateur (who sees them) removes them.
     */
    TiersEntity modifier(EntityManager em, CollectiviteId collectivite, long id, Tiers tiers) {
        TiersEntity entity = charger(em, collectivite, id);
        verifier(em, collectivite, tiers, entity.getId());
        boolean garderBanque = tiers.iban() == null && !VueTiers.ibanVisible();
        entity.modifier(tiers, garderBanque ? entity.getIbanChiffre() : vue.chiffrer(tiers.iban()),
                garderBanque ? bicChiffre(entity) : vue.chiffrer(tiers.bic()));
        journal.record(em, collectivite.code(), "tiers.modifier", "Tiers n° " + id + " " + tiers.nomComplet()
                + (garderBanque ? "" : tiers.iban() == null ? " (coordonnées bancaires retirées)"
                        : " (coordonnées bancaires)"));
        return entity;
    }

    TiersEntity activer(EntityManager em, CollectiviteId collectivite, long id, boolean actif) {
        TiersEntity entity = charger(em, collectivite, id);
        entity.setActif(actif);
        journal.record(em, collectivite.code(), actif ? "tiers.reactiver" : "tiers.desactiver", "Tiers n° " + id
                + " " + entity.toTiers(null).nomComplet());
        return entity;
    }

    private String bicChiffre(TiersEntity entity) {
        return entity.getBicChiffre() != null ? entity.getBicChiffre() : vue.chiffrer(entity.getBicAncien());
    }

    private static void verifier(EntityManager em, CollectiviteId collectivite, Tiers tiers, Long id) {
        List<String> refus = new ArrayList<>(ControleTiers.verifier(tiers));
        if (tiers.identifiant() != null) {
            parIdentifiant(em, collectivite, tiers.identifiant()).filter(t -> !t.getId().equals(id))
                    .ifPresent(t -> refus.add("Le tiers " + t.toTiers(null).nomComplet() + " (n° " + t.getId()
                            + ") a déjà l'identifiant " + tiers.identifiant() + "."));
        }
        if (!refus.isEmpty()) {
            throw new DonneeInvalideException(refus);
        }
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
            entity.modifier(tiers, vue.chiffrer(tiers.iban()), vue.chiffrer(tiers.bic()));
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
