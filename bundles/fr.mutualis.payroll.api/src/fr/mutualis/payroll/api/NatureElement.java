package fr.mutualis.payroll.api;

/** Kind of a régime indemnitaire line: the two RIFSEEP parts or any other prime. */
public enum NatureElement {
    IFSE("IFSE"),
    CIA("CIA"),
    AUTRE("Prime");

    private final String code;

    NatureElement(String code) {
        this.code = code;
    }

    /** Code of the payslip line that carries this element. */
    public String code() {
        return code;
    }
}
