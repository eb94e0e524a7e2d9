package fr.mutualis.budget.server.regles;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeBordereau;

/**
 * Checks a bordereau against those already sent: its number follows, none of its pièces was sent, its cumulation is
 * right. Its own totals ({@code MtBordHT}, {@code NbrPce}) are computed by {@link Bordereau} from its pièces.
 */
public final class ControleBordereau {

    private ControleBordereau() {
    }

    /**
     * Each exercice, direction and type has its own sequence and cumulation, as Hélios checks IdBord "par exercice et
     * par type de bordereau".
     *
     * @param precedents bordereaux already sent for the budget
     */
    public static List<String> verifier(Bordereau bordereau, List<Bordereau> precedents) {
        List<Bordereau> sequence = precedents.stream().filter(p -> p.sens() == bordereau.sens()
                && p.exercice() == bordereau.exercice() && p.type() == bordereau.type()).toList();
        List<String> refus = new ArrayList<>(ControleNumerotation.verifier(nom(bordereau.sens(), bordereau.type()),
                sequence.stream().map(Bordereau::numero).toList(), bordereau.numero()));
        List<Bordereau> memeSens = precedents.stream()
                .filter(p -> p.sens() == bordereau.sens() && p.exercice() == bordereau.exercice()).toList();
        for (Piece piece : bordereau.pieces()) {
            memeSens.stream().filter(p -> p.pieces().stream().anyMatch(autre -> autre.numero() == piece.numero()))
                    .findFirst().ifPresent(p -> refus.add("Le " + piece.designation()
                            + " figure déjà sur le bordereau n° " + p.numero() + "."));
        }
        BigDecimal cumul = sequence.stream().map(Bordereau::montantTotal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        if (cumul.compareTo(bordereau.cumulAnterieur()) != 0) {
            refus.add("Cumul annuel incohérent sur le bordereau n° " + bordereau.numero() + " : les bordereaux précédents "
                    + "totalisent " + euros(cumul) + ", le bordereau indique " + euros(bordereau.cumulAnterieur()) + ".");
        }
        return refus;
    }

    private static String nom(Sens sens, TypeBordereau type) {
        return "bordereau " + type.code() + " de " + sens.piece() + "s";
    }
}
