package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import fr.mutualis.payroll.api.LigneBulletin;

/**
 * What a past month owes the agent after a change entered late (an échelon whose date of effect is in a month already
 * paid): one gain (or, for a decrease, deduction) line per pay element that changed, paid with a later month.
 *
 * @param mois       the month the difference is for
 * @param lignes     the difference per pay element, its code prefixed with {@code RAPPEL_}
 * @param traitement difference on the TIB actually paid (goes to the pension base of the month that pays it)
 * @param nbi        difference on the NBI actually paid
 */
public record Rappel(YearMonth mois, List<LigneBulletin> lignes, BigDecimal traitement, BigDecimal nbi) {

    public Rappel {
        lignes = List.copyOf(lignes);
    }
}
