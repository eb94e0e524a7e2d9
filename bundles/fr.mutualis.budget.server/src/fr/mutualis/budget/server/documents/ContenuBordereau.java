package fr.mutualis.budget.server.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeBordereau;

/**
 * What a printed bordereau shows.
 *
 * @param collectivite   name of the collectivity, e.g. "Commune de Brizon"
 * @param numero         number of a sent bordereau, or null for a bordereau still in preparation (printed as a draft)
 * @param cumulAnterieur total of the earlier bordereaux of the same exercice, direction and type
 * @param lieu           where the ordonnateur signs, e.g. "Brizon"
 */
public record ContenuBordereau(String collectivite, Budget budget, Sens sens, TypeBordereau type, int exercice,
        Integer numero, LocalDate date, List<? extends Piece> pieces, BigDecimal cumulAnterieur, String lieu) {

    public ContenuBordereau {
        pieces = List.copyOf(pieces);
    }

    public BigDecimal total() {
        return pieces.stream().map(Piece::montant).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
