package fr.mutualis.payroll.server.journal;

import java.util.Map;

import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.server.calcul.CodesLignes;

/**
 * Which article of chapter 012 (M57 nomenclature, leaf accounts) each payslip line is charged to: pay elements by
 * the agent's status (6411x titulaires and stagiaires, 6413x non-titulaires), employer contributions by organism
 * (6451 URSSAF, 6453 pension funds, 6332 FNAL, 6336 CNFPT and centre de gestion). Employee-only lines (CSG, CRDS,
 * prélèvement à la source) are part of the gross pay already charged and have no article of their own.
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
            Map.entry("6453", "Cotisations aux caisses de retraites"));

    private ImputationsBudgetaires() {
    }

    /** Article of a pay element (gain or deduction) of an agent of that status. */
    public static String articleRemuneration(String code, Statut statut) {
        boolean titulaire = statut.estFonctionnaire();
        return switch (code) {
            case CodesLignes.TRAITEMENT_INDICIAIRE -> titulaire ? "64111" : "64131";
            case CodesLignes.INDEMNITE_RESIDENCE, CodesLignes.SUPPLEMENT_FAMILIAL -> titulaire ? "64112" : "64132";
            case CodesLignes.NBI -> "64113";
            case CodesLignes.INDEMNITE_DIFFERENTIELLE -> titulaire ? "64118" : "64131";
            // deductions for absences reduce the rémunération principale they are mostly taken from
            case CodesLignes.JOUR_DE_CARENCE, CodesLignes.MALADIE_PREMIERE_PERIODE, CodesLignes.MALADIE_DEMI_TRAITEMENT,
                    CodesLignes.RETENUE_GREVE -> titulaire ? "64111" : "64131";
            default -> {
                if (code.equals(CodesLignes.TRANSFERT_PRIMES_POINTS) || isRegimeIndemnitaire(code)) {
                    yield titulaire ? "64118" : "64138";
                }
                if (code.startsWith(CodesLignes.RAPPEL)) { // a rappel goes where the element it recalls goes
                    yield articleRemuneration(code.substring(CodesLignes.RAPPEL.length()), statut);
                }
                throw new IllegalStateException("No budget article for pay line " + code);
            }
        };
    }

    /** Article of the employer part of a contribution line. */
    public static String articlePatronal(String code) {
        return switch (code) {
            case CodesLignes.MALADIE, CodesLignes.CSA, CodesLignes.ALLOCATIONS_FAMILIALES,
                    CodesLignes.VIEILLESSE_PLAFONNEE, CodesLignes.VIEILLESSE_DEPLAFONNEE -> "6451";
            case CodesLignes.CNRACL, CodesLignes.RAFP, CodesLignes.IRCANTEC_A, CodesLignes.IRCANTEC_B,
                    CodesLignes.ATIACL -> "6453";
            case CodesLignes.FNAL -> "6332";
            case CodesLignes.CNFPT, CodesLignes.CNFPT_APPRENTISSAGE, CodesLignes.CDG -> "6336";
            default -> throw new IllegalStateException("No budget article for the employer part of " + code);
        };
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
