package fr.mutualis.payroll.api;

/**
 * Kind of a monthly element of an agent's pay: the two RIFSEEP parts, any other prime, or the employer's participation
 * to the agent's protection sociale complémentaire (paid with the pay, décret 2022-581), which is not a prime: outside
 * the pension, IRCANTEC and URSSAF bases and the absence deductions, in the CSG base at 100 % and in the taxable net.
 */
public enum NatureElement {
    IFSE("IFSE"),
    CIA("CIA"),
    AUTRE("Prime"),
    /** Participation of the employer to the agent's prévoyance (labelled contract or convention de participation). */
    PARTICIPATION_PREVOYANCE("PSC_PREVOYANCE"),
    /** Participation of the employer to the agent's complémentaire santé. */
    PARTICIPATION_SANTE("PSC_SANTE");

    private final String code;

    NatureElement(String code) {
        this.code = code;
    }

    /** True for the employer's participations to the protection sociale complémentaire. */
    public boolean protectionSocialeComplementaire() {
        return this == PARTICIPATION_PREVOYANCE || this == PARTICIPATION_SANTE;
    }

    /** Code of the payslip line that carries this element. */
    public String code() {
        return code;
    }
}
