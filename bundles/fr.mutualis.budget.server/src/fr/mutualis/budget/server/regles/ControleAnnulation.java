package fr.mutualis.budget.server.regles;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Sens;

/**
 * An annulation or réduction is a new pièce of the same kind and exercice that names an ordinary pièce and never
 * exceeds what is left of it, imputation by imputation, after earlier annulations and réductions. An annulation takes
 * all that is left. A pièce of an earlier exercice is corrected by a titre on 773 (or a mandat on 673) instead.
 */
public final class ControleAnnulation {

    private ControleAnnulation() {
    }

    /** @param correctionsAnterieures earlier annulations and réductions (those of other pièces are ignored) */
    public static List<String> verifier(Piece correction, Piece originale, List<? extends Piece> correctionsAnterieures) {
        List<String> refus = new ArrayList<>();
        if (!correction.nature().corrective()) {
            return List.of("Le " + correction.designation() + " n'est ni une annulation ni une réduction.");
        }
        String designation = (correction.nature() == NaturePiece.ANNULATION ? "L'annulation" : "La réduction") + " ("
                + correction.designation() + ")";
        if (correction.sens() != originale.sens()) {
            return List.of(designation + " ne peut pas corriger un " + originale.sens().piece() + ".");
        }
        if (!originale.reference().equals(correction.origine())) {
            return List.of(designation + " désigne la pièce " + correction.origine() + ", pas le "
                    + originale.designation() + ".");
        }
        if (originale.nature() != NaturePiece.ORDINAIRE) {
            return List.of("Seule une pièce ordinaire peut être annulée ou réduite : le " + originale.designation()
                    + " est une " + originale.nature().libelle() + ".");
        }
        if (correction.exercice() != originale.exercice()) {
            return List.of(designation + " ne peut pas corriger une pièce de l'exercice " + originale.exercice()
                    + " : émettre un " + (originale.sens() == Sens.DEPENSE ? "titre au compte 773" : "mandat au compte 673")
                    + " pour une pièce d'un exercice antérieur.");
        }
        Map<Imputation, BigDecimal> restant = parImputation(originale.lignes(), BigDecimal.ONE);
        correctionsAnterieures.stream()
                .filter(p -> p.nature().corrective() && originale.reference().equals(p.origine()) && p.sens() == originale.sens())
                .forEach(p -> parImputation(p.lignes(), BigDecimal.ONE.negate())
                        .forEach((imputation, montant) -> restant.merge(imputation, montant, BigDecimal::add)));
        BigDecimal totalRestant = restant.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        if (totalRestant.signum() <= 0) {
            return List.of("Le " + originale.designation() + " est déjà entièrement annulé.");
        }
        parImputation(correction.lignes(), BigDecimal.ONE).forEach((imputation, montant) -> {
            BigDecimal disponible = restant.get(imputation);
            if (disponible == null) {
                refus.add(designation + " porte sur l'imputation " + imputation.libelle() + ", absente du "
                        + originale.designation() + ".");
            } else if (montant.compareTo(disponible) > 0) {
                refus.add(designation + " dépasse le montant net restant sur l'imputation " + imputation.libelle() + " : "
                        + euros(montant) + " demandés pour " + euros(disponible) + " restants sur le "
                        + originale.designation() + " (montant d'origine " + euros(originale.montant()) + ").");
            }
        });
        if (correction.nature() == NaturePiece.ANNULATION && correction.montant().compareTo(totalRestant) != 0) {
            refus.add(designation + " doit porter sur tout le montant net restant du " + originale.designation() + " ("
                    + euros(totalRestant) + ", et non " + euros(correction.montant())
                    + ") ; pour une partie seulement, émettre une réduction.");
        }
        return refus;
    }

    private static Map<Imputation, BigDecimal> parImputation(List<LignePiece> lignes, BigDecimal signe) {
        Map<Imputation, BigDecimal> montants = new LinkedHashMap<>();
        lignes.forEach(ligne -> montants.merge(ligne.imputation(), ligne.montant().multiply(signe), BigDecimal::add));
        return montants;
    }
}
