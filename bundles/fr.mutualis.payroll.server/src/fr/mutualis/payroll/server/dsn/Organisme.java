package fr.mutualis.payroll.server.dsn;

import java.util.Map;
import java.util.Set;

import fr.mutualis.payroll.server.calcul.CodesLignes;

/**
 * The organism each payslip contribution is declared to in the DSN, with the DSN codes it is declared under: the code
 * of base assujettie (S21.G00.78.001) and the code(s) of cotisation individuelle (S21.G00.81.001), values of the
 * cahier technique DSN P26V01 (see {@link NormeDsn}):
 * <ul>
 * <li>CNRACL: base 48 "[FP] CNRACL – Base brute avant abattement"; 300/301 "[FP] Cotisations normales (part
 * salariale / patronale)"; ATIACL: 319 "[FP] Cotisations pour l'allocation temporaire d'invalidité (part
 * patronale)";</li>
 * <li>RAFP: base 49 "[FP] RAFP – Base brute avant abattement"; 311/312 "[FP] Cotisation RAFP (part salariale /
 * patronale)";</li>
 * <li>IRCANTEC: base 28 "Base IRCANTEC cotisée"; 060/061 "Cotisation IRCANTEC Tranche A / B";</li>
 * <li>Urssaf: base 03 "Assiette brute déplafonnée" with 075 maladie, 074 allocations familiales (taux normal), 068
 * contribution solidarité autonomie, 076 vieillesse déplafonnée, 049 FNAL; base 02 "Assiette brute plafonnée" with 076
 * vieillesse plafonnée (and 049 when the FNAL base is capped); base 04 "Assiette de la contribution sociale
 * généralisée" with 072 CSG and 079 CRDS.</li>
 * </ul>
 * The CNFPT, apprenticeship surcharge and centre de gestion contributions are paid to those bodies directly and have
 * no individual DSN code here: they are left out of the DSN and listed as such by the reconciliation.
 */
public enum Organisme {
    URSSAF("Urssaf"),
    CNRACL("CNRACL"),
    RAFP("RAFP"),
    IRCANTEC("Ircantec"),
    DGFIP("DGFiP (prélèvement à la source)");

    /**
     * How a payslip line is declared: its organism, base assujettie, and the cotisation code of the employee part
     * and of the employer part (the same code twice when the DSN has one code for both parts, then declared as one
     * amount: the sum).
     */
    public record Declaration(Organisme organisme, String base, String codeSalarial, String codePatronal) {

        /** One code for the employee and employer parts together. */
        boolean codeUnique() {
            return codeSalarial.equals(codePatronal);
        }
    }

    /**
     * Payslip lines with no individual cotisation code: the CNFPT, apprenticeship and centre de gestion contributions
     * (paid to those bodies) and the forfait social (declared to the Urssaf in the aggregated bordereau S21.G00.23,
     * whose CTP codes are not sourced here: not written).
     */
    public static final Set<String> HORS_DSN = Set.of(CodesLignes.CNFPT,
            CodesLignes.CNFPT_APPRENTISSAGE, CodesLignes.CDG, CodesLignes.FORFAIT_SOCIAL);

    private static final Map<String, Declaration> DECLARATIONS = Map.ofEntries(
            Map.entry(CodesLignes.CNRACL, new Declaration(CNRACL, "48", "300", "301")),
            Map.entry(CodesLignes.ATIACL, new Declaration(CNRACL, "48", "319", "319")),
            Map.entry(CodesLignes.RAFP, new Declaration(RAFP, "49", "311", "312")),
            Map.entry(CodesLignes.IRCANTEC_A, new Declaration(IRCANTEC, "28", "060", "060")),
            Map.entry(CodesLignes.IRCANTEC_B, new Declaration(IRCANTEC, "28", "061", "061")),
            Map.entry(CodesLignes.MALADIE, new Declaration(URSSAF, "03", "075", "075")),
            Map.entry(CodesLignes.ALLOCATIONS_FAMILIALES, new Declaration(URSSAF, "03", "074", "074")),
            Map.entry(CodesLignes.CSA, new Declaration(URSSAF, "03", "068", "068")),
            Map.entry(CodesLignes.FNAL, new Declaration(URSSAF, "03", "049", "049")),
            Map.entry(CodesLignes.VIEILLESSE_DEPLAFONNEE, new Declaration(URSSAF, "03", "076", "076")),
            Map.entry(CodesLignes.VIEILLESSE_PLAFONNEE, new Declaration(URSSAF, "02", "076", "076")),
            Map.entry(CodesLignes.CSG_DEDUCTIBLE, new Declaration(URSSAF, "04", "072", "072")),
            Map.entry(CodesLignes.CSG_NON_DEDUCTIBLE, new Declaration(URSSAF, "04", "072", "072")),
            Map.entry(CodesLignes.CRDS, new Declaration(URSSAF, "04", "079", "079")));

    private static final Map<String, Organisme> PAR_CODE_COTISATION = Map.ofEntries(
            Map.entry("300", CNRACL), Map.entry("301", CNRACL), Map.entry("319", CNRACL),
            Map.entry("311", RAFP), Map.entry("312", RAFP),
            Map.entry("060", IRCANTEC), Map.entry("061", IRCANTEC),
            Map.entry("075", URSSAF), Map.entry("074", URSSAF), Map.entry("068", URSSAF), Map.entry("049", URSSAF),
            Map.entry("076", URSSAF), Map.entry("072", URSSAF), Map.entry("079", URSSAF));

    private final String libelle;

    Organisme(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** How the payslip line with that code is declared, or null when it is not a contribution declared here. */
    public static Declaration declaration(String codeLigne) {
        return DECLARATIONS.get(codeLigne);
    }

    /** The organism of a S21.G00.81.001 code written by this module, or null. */
    public static Organisme deCodeCotisation(String code) {
        return PAR_CODE_COTISATION.get(code);
    }
}
