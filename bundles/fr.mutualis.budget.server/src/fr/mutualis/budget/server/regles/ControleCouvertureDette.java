package fr.mutualis.budget.server.regles;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.RapportEquilibre;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

/**
 * Équilibre réel, second half (CGCT L1612-4): virement from fonctionnement + investment's own revenue (borrowing
 * excluded) + depreciation and provisions must cover the capital of the loan instalments due in the year.
 */
public final class ControleCouvertureDette {

    private record Ressource(String chapitre, String libelle) {
    }

    private static final List<Ressource> RESSOURCES = List.of(
            new Ressource("021", "virement de la section de fonctionnement (021)"),
            new Ressource("040", "amortissements et provisions (040)"),
            new Ressource("10", "dotations et fonds propres (10)"),
            new Ressource("024", "produits des cessions (024)"));

    private ControleCouvertureDette() {
    }

    /**
     * Own revenue is taken as chapters 10 (FCTVA, taxe d'aménagement, 1068…) and 024 (cessions); investment grants (13)
     * are earmarked and left out, as is borrowing (16).
     *
     * @param lignes                the lines voted so far for the exercice
     * @param capitalDuDansExercice capital of the instalments falling due in the exercice, from the debt schedule
     *                              (chapter 16 also carries deposits and refinancing, which are not instalments)
     */
    public static RapportEquilibre verifier(List<LigneCredit> lignes, BigDecimal capitalDuDansExercice) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<String> detail = new ArrayList<>();
        for (Ressource ressource : RESSOURCES) {
            BigDecimal montant = lignes.stream()
                    .filter(l -> l.section() == Section.INVESTISSEMENT && l.sens() == Sens.RECETTE
                            && l.chapitre().equals(ressource.chapitre()))
                    .map(LigneCredit::montant).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            total = total.add(montant);
            detail.add(ressource.libelle() + " " + euros(montant));
        }
        if (total.compareTo(capitalDuDansExercice) >= 0) {
            return new RapportEquilibre(List.of(), List.of("Le remboursement en capital de la dette ("
                    + euros(capitalDuDansExercice) + ") est couvert par " + euros(total) + " de ressources propres."));
        }
        return new RapportEquilibre(List.of("Remboursement de la dette non couvert (article L1612-4 du CGCT) : "
                + "ressources propres " + euros(total) + " (" + String.join(", ", detail) + ") pour un capital à rembourser de "
                + euros(capitalDuDansExercice) + ", manque " + euros(capitalDuDansExercice.subtract(total)) + "."),
                List.of());
    }
}
