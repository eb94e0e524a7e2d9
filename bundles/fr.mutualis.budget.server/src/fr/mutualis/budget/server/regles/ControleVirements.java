package fr.mutualis.budget.server.regles;

import static fr.mutualis.core.api.FormatMontant.euros;
import static fr.mutualis.core.api.FormatMontant.pourcentage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Virement;

/**
 * M57 fongibilité des crédits: chapter-to-chapter moves of expense credits within one section, never from or to 012,
 * capped over the exercice at the voted rate (at most the legal ceiling, an effective-dated parameter: 7.5 % since
 * 2016) of the section's real expenses voted at the BP.
 */
public final class ControleVirements {

    private static final Set<String> NON_REELS = Set.of("023", "040", "041", "042", "043", "001", "002");

    private ControleVirements() {
    }

    /**
     * Real expenses leave out the ordre chapters (023, 040 to 043) and the carried-forward results (001, 002); the
     * ceiling is rounded to the cent, half up; the source chapter must have the credits available.
     *
     * @param tauxVote       rate voted by the council, e.g. 0.075
     * @param tauxMaximum    legal ceiling of the voted rate in force at the date of the virement
     * @param budgetPrimitif the BP of the exercice
     * @param situation      credits and earlier virements of the exercice, without this virement
     */
    public static List<String> verifier(Virement virement, BigDecimal tauxVote, BigDecimal tauxMaximum,
            DecisionBudgetaire budgetPrimitif, SituationCredits situation) {
        List<String> refus = new ArrayList<>();
        Chapitre source = virement.source();
        Chapitre destination = virement.destination();
        if (tauxVote.signum() < 0 || tauxVote.compareTo(tauxMaximum) > 0) {
            refus.add("Le taux de fongibilité voté (" + pourcentage(tauxVote) + ") doit être compris entre 0 et "
                    + pourcentage(tauxMaximum) + " des dépenses réelles de la section.");
        }
        if (budgetPrimitif.etape() != EtapeBudgetaire.BP) {
            refus.add("Le plafond des virements se calcule sur le budget primitif, pas sur une "
                    + budgetPrimitif.etape().libelle() + ".");
        }
        if (budgetPrimitif.exercice() != virement.exercice() || situation.exercice() != virement.exercice()) {
            refus.add("Le virement de l'exercice " + virement.exercice() + " ne peut pas être contrôlé avec le budget de "
                    + "l'exercice " + budgetPrimitif.exercice() + ".");
        }
        if (source.section() != destination.section()) {
            refus.add("Un virement de crédits ne peut se faire qu'au sein d'une même section : le chapitre " + source.code()
                    + " est en " + source.section().libelle() + ", le chapitre " + destination.code() + " en "
                    + destination.section().libelle() + ".");
        }
        if (Chapitre.PERSONNEL.equals(source.code()) || Chapitre.PERSONNEL.equals(destination.code())) {
            refus.add("Le chapitre 012 (charges de personnel) ne peut être ni l'origine ni la destination d'un virement "
                    + "de crédits.");
        }
        verifierPlafond(virement, tauxVote, budgetPrimitif, situation, refus);
        BigDecimal disponible = situation.disponible(source.section(), Sens.DEPENSE, source.code());
        if (disponible.compareTo(virement.montant()) < 0) {
            refus.add("Crédits disponibles insuffisants au chapitre " + source.code() + " pour ce virement : disponible "
                    + euros(disponible) + ", virement " + euros(virement.montant()) + ".");
        }
        return refus;
    }

    private static void verifierPlafond(Virement virement, BigDecimal tauxVote, DecisionBudgetaire budgetPrimitif,
            SituationCredits situation, List<String> refus) {
        Section section = virement.source().section();
        BigDecimal depensesReelles = budgetPrimitif.lignes().stream()
                .filter(l -> l.section() == section && l.sens() == Sens.DEPENSE && !NON_REELS.contains(l.chapitre()))
                .map(LigneCredit::montant).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal plafond = tauxVote.multiply(depensesReelles).setScale(2, RoundingMode.HALF_UP);
        BigDecimal cumul = situation.virements().stream().filter(v -> v.source().section() == section)
                .map(v -> v.montant().abs()).reduce(virement.montant(), BigDecimal::add);
        if (cumul.compareTo(plafond) > 0) {
            refus.add("Plafond des virements de crédits dépassé en section " + section.complement()
                    + " : le cumul de l'exercice atteindrait " + euros(cumul) + " (dont " + euros(virement.montant())
                    + " pour ce virement) pour un plafond de " + euros(plafond) + " (" + pourcentage(tauxVote) + " des "
                    + euros(depensesReelles) + " de dépenses réelles votées au budget primitif).");
        }
    }
}
