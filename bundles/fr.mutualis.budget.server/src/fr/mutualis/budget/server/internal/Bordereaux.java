package fr.mutualis.budget.server.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.StatutBordereau;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.server.internal.entity.BordereauEntity;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.PieceEntity;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.IntrouvableException;
import jakarta.persistence.EntityManager;

/** Finds bordereaux and their pièces, always within one collectivity, and turns them into records. */
final class Bordereaux {

    private Bordereaux() {
    }

    static BordereauEntity trouver(EntityManager em, CollectiviteId collectivite, long id) {
        return em.createQuery("SELECT b FROM BordereauEntity b WHERE b.id = :id AND b.collectivite = :c",
                BordereauEntity.class).setParameter("id", id).setParameter("c", collectivite.code())
                .getResultStream().findFirst().orElseThrow(() -> new IntrouvableException("Bordereau " + id
                        + " inconnu pour la collectivité " + collectivite.code() + "."));
    }

    static List<PieceEntity> pieces(EntityManager em, BordereauEntity bordereau) {
        return em.createQuery("SELECT p FROM PieceEntity p WHERE p.bordereau = :b AND p.collectivite = :c "
                + "ORDER BY p.numero", PieceEntity.class).setParameter("b", bordereau)
                .setParameter("c", bordereau.getCollectivite()).getResultList();
    }

    /** The sent bordereaux of the same budget, exercice, direction and type, by number. */
    static List<BordereauEntity> envoyesDeLaSerie(EntityManager em, BordereauEntity bordereau) {
        return em.createQuery("SELECT b FROM BordereauEntity b WHERE b.budget = :budget AND b.collectivite = :c "
                + "AND b.exercice = :e AND b.sens = :s AND b.type = :t AND b.statut = :statut ORDER BY b.numero",
                BordereauEntity.class).setParameter("budget", bordereau.getBudget())
                .setParameter("c", bordereau.getCollectivite()).setParameter("e", bordereau.getExercice())
                .setParameter("s", bordereau.getSens().code()).setParameter("t", bordereau.getType().code())
                .setParameter("statut", StatutBordereau.ENVOYE.name()).getResultList();
    }

    static List<BordereauEntity> duBudget(EntityManager em, BudgetEntity budget, int exercice) {
        return em.createQuery("SELECT b FROM BordereauEntity b WHERE b.budget = :budget AND b.collectivite = :c "
                + "AND b.exercice = :e ORDER BY b.statut DESC, b.sens, b.type, b.numero, b.id", BordereauEntity.class)
                .setParameter("budget", budget).setParameter("c", budget.getCollectivite())
                .setParameter("e", exercice).getResultList();
    }

    /** A sent bordereau as the pure rules and the PES writer take it, tiers as {@code tiers} shows them. */
    static Bordereau enregistrement(EntityManager em, BordereauEntity bordereau, Function<TiersEntity, Tiers> tiers) {
        List<Piece> pieces = pieces(em, bordereau).stream().map(p -> p.toPiece(tiers.apply(p.getTiers()), tiers))
                .toList();
        return new Bordereau(bordereau.getSens(), bordereau.getExercice(), bordereau.getNumero(), bordereau.getDate(),
                bordereau.getType(), pieces, bordereau.getCumulAnterieur());
    }

    static FicheBordereau fiche(EntityManager em, BordereauEntity b) {
        List<Integer> numeros = pieces(em, b).stream().map(PieceEntity::getNumero).toList();
        return new FicheBordereau(b.getId(), b.getBudget().getCodBud(), b.getSens(), b.getExercice(), b.getType(),
                b.getNumero(), b.getDate(), b.getStatut(), b.getNombrePieces(), b.getMontant(), b.getCumulAnterieur(),
                numeros, b.getEnvoyeLe());
    }

    static BigDecimal total(List<PieceEntity> pieces) {
        return pieces.stream().map(PieceEntity::getMontant).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
