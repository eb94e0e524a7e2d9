package fr.mutualis.payroll.server.calcul;

/** Codes of the payslip lines the engine produces (régime indemnitaire lines use {@code NatureElement#code()}). */
public final class CodesLignes {

    public static final String TRAITEMENT_INDICIAIRE = "TIB";
    public static final String NBI = "NBI";
    public static final String INDEMNITE_RESIDENCE = "IR";
    public static final String SUPPLEMENT_FAMILIAL = "SFT";
    public static final String TRANSFERT_PRIMES_POINTS = "TPP";
    public static final String INDEMNITE_DIFFERENTIELLE = "IND_DIFF";
    public static final String JOUR_DE_CARENCE = "CARENCE";
    public static final String MALADIE_PREMIERE_PERIODE = "MALADIE_90J";
    public static final String MALADIE_DEMI_TRAITEMENT = "MALADIE_DEMI";
    /** The régime indemnitaire following the traitement's reduction during a maladie ordinaire. */
    public static final String MALADIE_REGIME_INDEMNITAIRE = "MALADIE_RI";
    public static final String RETENUE_GREVE = "GREVE";
    /** Prefix of the lines of a rappel: {@code RAPPEL_TIB} recalls the {@code TIB} of an earlier month. */
    public static final String RAPPEL = "RAPPEL_";
    public static final String CNRACL = "CNRACL";
    public static final String RAFP = "RAFP";
    public static final String MALADIE = "MALADIE";
    public static final String CSA = "CSA";
    public static final String ALLOCATIONS_FAMILIALES = "AF";
    public static final String FNAL = "FNAL";
    public static final String VIEILLESSE_PLAFONNEE = "VIEILLESSE_PLAF";
    public static final String VIEILLESSE_DEPLAFONNEE = "VIEILLESSE_DEPLAF";
    public static final String IRCANTEC_A = "IRCANTEC_A";
    public static final String IRCANTEC_B = "IRCANTEC_B";
    public static final String CNFPT = "CNFPT";
    public static final String CNFPT_APPRENTISSAGE = "CNFPT_APPRENTISSAGE";
    public static final String CDG = "CDG";
    public static final String ATIACL = "ATIACL";
    public static final String FORFAIT_SOCIAL = "FORFAIT_SOCIAL";
    public static final String CSG_DEDUCTIBLE = "CSG_DED";
    public static final String CSG_NON_DEDUCTIBLE = "CSG_NON_DED";
    public static final String CRDS = "CRDS";
    public static final String PRELEVEMENT_A_LA_SOURCE = "PAS";

    private CodesLignes() {
    }
}
