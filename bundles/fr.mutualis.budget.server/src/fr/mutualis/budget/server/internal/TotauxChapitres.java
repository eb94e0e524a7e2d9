package fr.mutualis.budget.server.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.TotalChapitreEntity;
import fr.mutualis.budget.server.regles.SituationCredits;
import fr.mutualis.budget.server.regles.TotalChapitre;
import jakarta.persistence.EntityManager;

/**
 * The running totals per chapter of one budget and exercice (table budget_total_chapitre, a few rows), as accounting
 * systems keep them: each vote, virement, engagement and pièce adds to them in its own transaction, which holds the
 * budget's CREDITS lock, so that a credit check reads them instead of summing every pièce recorded before.
 */
final class TotauxChapitres {

    private record Cle(Section section, Sens sens, String chapitre) {
    }

    private final EntityManager em;
    private final BudgetEntity budget;
    private final int exercice;
    private final Map<Cle, TotalChapitreEntity> lignes = new LinkedHashMap<>();

    private TotauxChapitres(EntityManager em, BudgetEntity budget, int exercice) {
        this.em = em;
        this.budget = budget;
        this.exercice = exercice;
    }

    /** The totals as recorded; a write that changes them holds the budget's CREDITS lock ({@link Compteurs}). */
    static TotauxChapitres charger(EntityManager em, BudgetEntity budget, int exercice) {
        TotauxChapitres totaux = new TotauxChapitres(em, budget, exercice);
        em.createQuery("SELECT t FROM TotalChapitreEntity t WHERE t.budgetId = :b AND t.collectivite = :c "
                + "AND t.exercice = :e", TotalChapitreEntity.class).setParameter("b", budget.getId())
                .setParameter("c", budget.getCollectivite()).setParameter("e", exercice).getResultList()
                .forEach(t -> totaux.lignes.put(new Cle(t.getSection(), t.getSens(), t.getChapitre()), t));
        return totaux;
    }

    void ouvrir(DecisionBudgetaire decision) {
        for (LigneCredit ligne : decision.lignes()) {
            ligne(ligne.section(), ligne.sens(), ligne.chapitre(), decision.dateVote()).ouvrir(ligne.montant(),
                    decision.dateVote());
        }
    }

    /** Virements move expense credits from one chapter to another. */
    void virer(Virement virement) {
        ligne(virement.source().section(), Sens.DEPENSE, virement.source().code(), virement.date())
                .ouvrir(virement.montant().negate(), virement.date());
        ligne(virement.destination().section(), Sens.DEPENSE, virement.destination().code(), virement.date())
                .ouvrir(virement.montant(), virement.date());
    }

    void engager(Engagement engagement) {
        ligne(engagement.imputation().section(), Sens.DEPENSE, engagement.imputation().chapitre(), engagement.date())
                .engager(engagement.montant(), engagement.date());
    }

    /** A reduction or an annulation of an engagement gives back what it no longer commits. */
    void reduire(Engagement avant, BigDecimal nouveauMontant) {
        ligne(avant.imputation().section(), Sens.DEPENSE, avant.imputation().chapitre(), avant.date())
                .engager(nouveauMontant.subtract(avant.montant()), avant.date());
    }

    /** An ordinary pièce adds to the executed amounts, an annulation or a réduction takes off. */
    void realiser(Piece piece) {
        for (LignePiece ligne : piece.lignes()) {
            BigDecimal montant = piece.nature().corrective() ? ligne.montant().negate() : ligne.montant();
            ligne(ligne.imputation().section(), piece.sens(), ligne.imputation().chapitre(), piece.date())
                    .realiser(montant, piece.date());
        }
    }

    /**
     * The credits as the rules take them.
     *
     * @param virements the virements of the exercice, for the checks that need them (fongibilité); the amounts
     *                  opened already count them
     * @param votees    lines of a decision about to be voted, counted as opened (empty for none)
     */
    SituationCredits situation(List<Virement> virements, List<LigneCredit> votees) {
        List<TotalChapitre> ouverts = new ArrayList<>();
        List<TotalChapitre> engages = new ArrayList<>();
        List<TotalChapitre> realises = new ArrayList<>();
        for (TotalChapitreEntity t : lignes.values()) {
            ouverts.add(new TotalChapitre(t.getSection(), t.getSens(), t.getChapitre(), t.getOuverts()));
            engages.add(new TotalChapitre(t.getSection(), t.getSens(), t.getChapitre(), t.getEngage()));
            realises.add(new TotalChapitre(t.getSection(), t.getSens(), t.getChapitre(), t.getRealise()));
        }
        votees.forEach(l -> ouverts.add(new TotalChapitre(l.section(), l.sens(), l.chapitre(), l.montant())));
        return SituationCredits.deComptes(exercice, virements, ouverts, engages, realises);
    }

    /** The latest date counted in the totals (vote, virement, engagement or pièce); empty when nothing is recorded. */
    Optional<LocalDate> dateMax() {
        return lignes.values().stream().map(TotalChapitreEntity::getDateMax).max(LocalDate::compareTo);
    }

    private TotalChapitreEntity ligne(Section section, Sens sens, String chapitre, LocalDate date) {
        return lignes.computeIfAbsent(new Cle(section, sens, chapitre), cle -> {
            TotalChapitreEntity total = new TotalChapitreEntity(budget, exercice, section, sens, chapitre, date);
            em.persist(total);
            return total;
        });
    }
}
