package fr.mutualis.payroll.server.agents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.calcul.MoteurPaie;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;

/**
 * Checks an agent's record before it is written: the checks of {@link AgentSaisie#erreurs()}, the grade, its échelon
 * and the indice majoré, which must be that échelon's in the grid in force (an échelon 3 entered with the indice of
 * échelon 5 is refused, naming the indice expected), then a trial payslip for the first month the agent can be paid,
 * so whatever the engine would refuse (post longer than full time, transfert primes/points outside the CNRACL, missing
 * parameter) is refused now rather than at the monthly run.
 */
public final class ControleAgent {

    private ControleAgent() {
    }

    /** Every problem found, in French; empty when the record can be written. */
    public static List<String> erreurs(AgentSaisie saisie, MoteurPaie moteur, GrillesIndiciaires grilles,
            YearMonth moisCourant) {
        List<String> erreurs = saisie.erreurs();
        if (!erreurs.isEmpty()) {
            return erreurs;
        }
        YearMonth mois = moisDeControle(saisie.dateEntree(), moisCourant);
        SituationAgent essai = Situations.de(saisie, 1);
        if (saisie.codeGrade() != null) {
            try {
                grilles.verifierEchelon(saisie.codeGrade(), saisie.echelon(), saisie.indiceMajore(), mois);
            } catch (DonneeInvalideException e) {
                erreurs.addAll(e.erreurs());
                essai = sansGrade(essai); // the trial payslip looks for the other problems, not this one again
            }
        }
        try {
            moteur.calculer(essai, mois);
        } catch (DonneeInvalideException e) {
            erreurs.addAll(e.erreurs());
        }
        return erreurs;
    }

    /** The current month, or the first full month of the agent when later. */
    static YearMonth moisDeControle(LocalDate dateEntree, YearMonth moisCourant) {
        YearMonth premierMoisComplet = dateEntree.getDayOfMonth() == 1 ? YearMonth.from(dateEntree)
                : YearMonth.from(dateEntree).plusMonths(1);
        return premierMoisComplet.isAfter(moisCourant) ? premierMoisComplet : moisCourant;
    }

    private static SituationAgent sansGrade(SituationAgent s) {
        return new SituationAgent(s.statut(), s.heuresHebdomadairesPoste(), s.quotite(), s.indiceMajore(),
                s.pointsNbi(), s.zoneResidence(), s.nombreEnfants(), s.elementsIndemnitaires(), s.categorieTpp(),
                s.tauxPasPersonnel(), s.effectifEmployeur(), s.dateEntree(), null);
    }
}
