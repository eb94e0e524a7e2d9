package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The year-to-date totals a payslip prints: the validated months of the calendar year before the payslip's month,
 * plus the payslip itself (décret 2016-1567 lists the net imposable and the tax withheld; the gross is cumulated as
 * employers usually do).
 *
 * @param depuis               first month of the cumulation (January of the payslip's year)
 * @param jusquA               the payslip's month
 * @param brut                 gross pay
 * @param netImposable         taxable net
 * @param prelevementALaSource income tax withheld at source
 */
public record CumulsAnnuels(YearMonth depuis, YearMonth jusquA, BigDecimal brut, BigDecimal netImposable,
        BigDecimal prelevementALaSource) implements Serializable {

    public CumulsAnnuels {
        Objects.requireNonNull(depuis, "depuis");
        Objects.requireNonNull(jusquA, "jusquA");
        Objects.requireNonNull(brut, "brut");
        Objects.requireNonNull(netImposable, "netImposable");
        Objects.requireNonNull(prelevementALaSource, "prelevementALaSource");
    }
}
