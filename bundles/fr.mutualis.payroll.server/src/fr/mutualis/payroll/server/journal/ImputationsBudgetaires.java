package fr.mutualis.payroll.server.journal;

import java.util.Map;

import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Organisme;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.server.calcul.CodesLignes;

/**
 * Which article of chapter 012 each payslip line is charged to, and which organism is paid what a line withholds or
 * adds. The articles are leaf accounts of the official M57 plan de comptes, exercice 2024 (TOTEM
 * {@code planDeCompte.xml}, shipped in {@code fr.mutualis.budget.server/nomenclature}), all with {@code DR=012}:
 * <ul>
 * <li>M57 développée: 64111 rémunération principale, 64112 SFT et indemnité de résidence, 64113 NBI, 64118 autres
 * indemnités (titulaires and stagiaires); 64131 rémunérations, 64132 SFT et indemnité de résidence, 64138 primes et
 * autres indemnités (non-titulaires); 6451 cotisations à l'URSSAF, 6453 cotisations aux caisses de retraites, 6332
 * cotisations versées au FNAL, 6336 cotisations au CNFPT et au centre de gestion, 6458 cotisations aux autres
 * organismes sociaux (the employer's participations to the protection sociale complémentaire). (6454 ASSEDIC is not used: a
 * collectivity is its own insurer against unemployment unless it joined the Unédic, which is not modelled.)</li>
 * <li>M57 abrégée, where those are grouped: 6411 personnel titulaire, 6413 personnel non titulaire, 6450 charges de
 * sécurité sociale et de prévoyance, 633 impôts, taxes et versements assimilés sur rémunérations.</li>
 * </ul>
 * Employee-only lines (CSG, CRDS, prélèvement à la source) are part of the gross pay already charged and have no
 * article of their own: they are paid out of it to their organism.
 */
public final class ImputationsBudgetaires {

    private static final Map<String, String> LIBELLES = Map.ofEntries(
            Map.entry("64111", "Rémunération principale (titulaires)"),
            Map.entry("64112", "Supplément familial de traitement et indemnité de résidence (titulaires)"),
            Map.entry("64113", "NBI (titulaires)"),
            Map.entry("64118", "Autres indemnités (titulaires)"),
            Map.entry("64131", "Rémunérations (non-titulaires)"),
            Map.entry("64132", "Supplément familial de traitement et indemnité de résidence (non-titulaires)"),
            Map.entry("64138", "Primes et autres indemnités (non-titulaires)"),
            Map.entry("6332", "Cotisations versées au F.N.A.L."),
            Map.entry("6336", "Cotisations au CNFPT et au centre de gestion"),
            Map.entry("6451", "Cotisations à l'U.R.S.S.A.F."),
            Map.entry("6453", "Cotisations aux caisses de retraites"),
            Map.entry("6458", "Cotisations aux autres organismes sociaux (protection sociale complémentaire)"),
            Map.entry("6411", "Personnel titulaire"),
            Map.entry("6413", "Personnel non titulaire"),
            Map.entry("6450", "Charges de sécurité sociale et de prévoyance"),
            Map.entry("633", "Impôts, taxes et versements assimilés sur rémunérations (autres organismes)"));

    private ImputationsBudgetaires() {
    }

    /** Article (M57 développée) of a pay element (gain or deduction) of an agent of that status. */
    public static String articleRemuneration(String code, Statut statut) {
        boolean titulaire = statut.estFonctionnaire();
        return switch (code) {
            case CodesLignes.TRAITEMENT_INDICIAIRE -> titulaire ? "64111" : "64131";
            case CodesLignes.INDEMNITE_RESIDENCE, CodesLignes.SUPPLEMENT_FAMILIAL -> titulaire ? "64112" : "64132";
            case CodesLignes.NBI -> "64113";
            // the employer's participations to the protection sociale complémentaire are charges of prévoyance
            // (chapter 645 « charges de sécurité sociale et de prévoyance »), not remuneration
            case "PSC_PREVOYANCE", "PSC_SANTE" -> "6458";
            case CodesLignes.INDEMNITE_DIFFERENTIELLE -> titulaire ? "64118" : "64131";
            // deductions for absences reduce the rémunération principale they are mostly taken from
            case CodesLignes.JOUR_DE_CARENCE, CodesLignes.MALADIE_PREMIERE_PERIODE, CodesLignes.MALADIE_DEMI_TRAITEMENT,
                    CodesLignes.RETENUE_GREVE -> titulaire ? "64111" : "64131";
            default -> {
                if (code.equals(CodesLignes.TRANSFERT_PRIMES_POINTS)
                        || code.equals(CodesLignes.MALADIE_REGIME_INDEMNITAIRE) || isRegimeIndemnitaire(code)) {
                    yield titulaire ? "64118" : "64138";
                }
                if (code.startsWith(CodesLignes.RAPPEL)) { // a rappel goes where the element it recalls goes
                    yield articleRemuneration(code.substring(CodesLignes.RAPPEL.length()), statut);
                }
                throw new IllegalStateException("No budget article for pay line " + code);
            }
        };
    }

    /** Article (M57 développée) of the employer part of a contribution line. */
    public static String articlePatronal(String code) {
        return switch (code) {
            case CodesLignes.MALADIE, CodesLignes.CSA, CodesLignes.ALLOCATIONS_FAMILIALES,
                    CodesLignes.VIEILLESSE_PLAFONNEE, CodesLignes.VIEILLESSE_DEPLAFONNEE,
                    CodesLignes.FORFAIT_SOCIAL -> "6451";
            case CodesLignes.CNRACL, CodesLignes.RAFP, CodesLignes.IRCANTEC_A, CodesLignes.IRCANTEC_B,
                    CodesLignes.ATIACL -> "6453";
            case CodesLignes.FNAL -> "6332";
            case CodesLignes.CNFPT, CodesLignes.CNFPT_APPRENTISSAGE, CodesLignes.CDG -> "6336";
            default -> throw new IllegalStateException("No budget article for the employer part of " + code);
        };
    }

    /**
     * The organism paid a contribution line (employer and employee parts alike) or the prélèvement à la source: the
     * URSSAF collects the social security contributions, the FNAL, the CSG and the CRDS (code de la sécurité sociale
     * L213-1, L136-1, ordonnance 96-50 art. 14); the CNRACL its contributions and the ATIACL it manages (décret
     * 2005-442 art. 2); the DGFiP the prélèvement à la source (CGI art. 204 A and 1671).
     */
    public static Organisme organisme(String code) {
        return switch (code) {
            case CodesLignes.MALADIE, CodesLignes.CSA, CodesLignes.ALLOCATIONS_FAMILIALES, CodesLignes.FNAL,
                    CodesLignes.VIEILLESSE_PLAFONNEE, CodesLignes.VIEILLESSE_DEPLAFONNEE, CodesLignes.CSG_DEDUCTIBLE,
                    CodesLignes.CSG_NON_DEDUCTIBLE, CodesLignes.CRDS, CodesLignes.FORFAIT_SOCIAL -> Organisme.URSSAF;
            case CodesLignes.CNRACL, CodesLignes.ATIACL -> Organisme.CNRACL;
            case CodesLignes.RAFP -> Organisme.RAFP;
            case CodesLignes.IRCANTEC_A, CodesLignes.IRCANTEC_B -> Organisme.IRCANTEC;
            case CodesLignes.CNFPT, CodesLignes.CNFPT_APPRENTISSAGE -> Organisme.CNFPT;
            case CodesLignes.CDG -> Organisme.CDG;
            case CodesLignes.PRELEVEMENT_A_LA_SOURCE -> Organisme.DGFIP;
            default -> throw new IllegalStateException("No organism for payslip line " + code);
        };
    }

    /** The article of the collectivity's chart: the développée one, or the abrégée account grouping it. */
    public static String dansNomenclature(String developpe, boolean abregee) {
        if (!abregee) {
            return developpe;
        }
        if (developpe.startsWith("6411") || developpe.startsWith("6413")) {
            return developpe.substring(0, 4);
        }
        if (developpe.startsWith("645")) {
            return "6450";
        }
        if (developpe.startsWith("633")) {
            return "633";
        }
        throw new IllegalStateException("No M57 abrégée account for " + developpe);
    }

    public static String libelle(String article) {
        return LIBELLES.get(article);
    }

    private static boolean isRegimeIndemnitaire(String code) {
        for (NatureElement nature : NatureElement.values()) {
            if (nature.code().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
