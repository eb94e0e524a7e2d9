package fr.mutualis.budget.server.internal;

import static fr.mutualis.core.api.FormatMontant.euros;
import static fr.mutualis.core.api.FormatMontant.pourcentage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.RapportEquilibre;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.VoteBudget;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.DecisionEntity;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.budget.server.regles.ControleChapitresVotes;
import fr.mutualis.budget.server.regles.ControleCouvertureDette;
import fr.mutualis.budget.server.regles.ControleEquilibre;
import fr.mutualis.budget.server.regles.SituationCredits;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;

/**
 * Records a budget decision after the vote checks, on the decision added to those already voted for the exercice. The
 * caller's transaction holds the budget's credits lock. Refused with every gap, nothing written.
 */
final class Votes {

    private final Referentiels referentiels;
    private final Horloge horloge;
    private final AuditJournal journal;

    Votes(Referentiels referentiels, Horloge horloge, AuditJournal journal) {
        this.referentiels = referentiels;
        this.horloge = horloge;
        this.journal = journal;
    }

    RapportEquilibre voter(EntityManager em, BudgetEntity budget, VoteBudget vote) {
        DecisionBudgetaire decision = vote.decision();
        int exercice = decision.exercice();
        Compteurs.verrouiller(em, budget, exercice, Compteurs.CREDITS);
        PlanDeComptes plan = referentiels.plan(exercice, budget.getDeclinaison());
        DonneesExercice avant = DonneesExercice.charger(em, budget, exercice, plan);
        List<String> ecarts = new ArrayList<>();
        boolean bpVote = avant.budgetPrimitif().isPresent();
        if (decision.etape() == EtapeBudgetaire.BP && bpVote) {
            ecarts.add("Le budget primitif " + exercice + " du budget " + budget.getCodBud() + " est déjà voté : "
                    + "modifiez-le par une décision modificative ou un budget supplémentaire.");
        } else if (decision.etape() != EtapeBudgetaire.BP && !bpVote) {
            ecarts.add("Aucun budget primitif " + exercice + " n'est voté pour le budget " + budget.getCodBud()
                    + " : une " + decision.etape().libelle() + " ne peut pas le précéder.");
        }
        if (vote.tauxFongibilite() != null) {
            BigDecimal plafond = referentiels.parametres().tauxMaximumFongibilite(decision.dateVote());
            if (vote.tauxFongibilite().compareTo(plafond) > 0) {
                ecarts.add("Le taux de fongibilité voté (" + pourcentage(vote.tauxFongibilite()) + ") dépasse le "
                        + "plafond légal de " + pourcentage(plafond) + " des dépenses réelles de chaque section ("
                        + referentiels.parametres().referenceTauxFongibilite(decision.dateVote()) + ").");
            }
        }
        ecarts.addAll(ControleChapitresVotes.verifier(decision.lignes(), plan));
        List<LigneCredit> toutes = new ArrayList<>(avant.lignesVotees());
        toutes.addAll(decision.lignes());
        RapportEquilibre equilibre = ControleEquilibre.verifier(toutes);
        ecarts.addAll(equilibre.ecarts());
        RapportEquilibre dette = ControleCouvertureDette.verifier(toutes, capital(vote, toutes));
        ecarts.addAll(dette.ecarts());
        if (decision.etape() != EtapeBudgetaire.BP) {
            ecarts.addAll(creditsDejaConsommes(decision, avant));
        }
        if (!ecarts.isEmpty()) {
            throw new DonneeInvalideException(ecarts);
        }
        em.persist(new DecisionEntity(budget, decision, vote.tauxFongibilite(), horloge.maintenant()));
        avant.totaux().ouvrir(decision);
        journal.record(em, budget.getCollectivite(), "budget.voter", decision.etape().libelle() + " " + exercice
                + " du budget " + budget.getCodBud() + " (" + decision.lignes().size() + " lignes)");
        List<String> observations = new ArrayList<>(equilibre.observations());
        observations.addAll(dette.observations());
        return new RapportEquilibre(List.of(), observations);
    }

    private static BigDecimal capital(VoteBudget vote, List<LigneCredit> lignes) {
        if (vote.remboursementCapital() != null) {
            return vote.remboursementCapital();
        }
        return lignes.stream().filter(l -> l.section() == Section.INVESTISSEMENT && l.sens() == Sens.DEPENSE
                && l.chapitre().equals("16")).map(LigneCredit::montant).reduce(BigDecimal.ZERO.setScale(2),
                        BigDecimal::add);
    }

    /** A BS or DM may not bring the credits of a chapter below what is already executed or engaged. */
    private static List<String> creditsDejaConsommes(DecisionBudgetaire decision, DonneesExercice avant) {
        SituationCredits apres = avant.totaux().situation(avant.virements(), decision.lignes());
        List<String> ecarts = new ArrayList<>();
        for (LigneExecution ligne : apres.lignes()) {
            boolean concerne = decision.lignes().stream().anyMatch(l -> l.chapitre().equals(ligne.chapitre())
                    && l.section() == ligne.section() && l.sens() == ligne.sens());
            BigDecimal consomme = ligne.realise().max(ligne.engage());
            if (concerne && ligne.creditsOuverts().compareTo(consomme) < 0) {
                ecarts.add("Le chapitre " + ligne.chapitre() + " (" + ligne.sens().libelle() + "s "
                        + ligne.section().complement() + ") aurait " + euros(ligne.creditsOuverts())
                        + " de crédits ouverts après cette " + decision.etape().libelle() + ", moins que les "
                        + euros(consomme) + " déjà " + (ligne.realise().compareTo(ligne.engage()) >= 0
                                ? ligne.sens().realise() + "s" : "engagés") + ".");
            }
        }
        return ecarts;
    }
}
