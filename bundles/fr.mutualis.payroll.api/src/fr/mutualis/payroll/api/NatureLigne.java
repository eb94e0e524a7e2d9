package fr.mutualis.payroll.api;

/** How a payslip line counts in the totals. Amounts on lines are always positive; the nature gives the sign. */
public enum NatureLigne {
    /** Element of the gross pay (traitement, NBI, indemnités, primes). */
    GAIN,
    /** Deducted from the gross pay (transfert primes/points). */
    DEDUCTION,
    /** Contribution deductible from taxable income (pension, CSG déductible) and employer charges. */
    COTISATION,
    /** Employee contribution that stays in the taxable net (CSG non déductible, CRDS). */
    CONTRIBUTION_NON_DEDUCTIBLE,
    /** Income tax withheld at source (prélèvement à la source). */
    IMPOT
}
