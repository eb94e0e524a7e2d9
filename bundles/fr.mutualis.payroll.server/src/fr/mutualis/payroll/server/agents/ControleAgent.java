package fr.mutualis.payroll.server.agents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.server.calcul.MoteurPaie;
import fr.mutualis.payroll.server.parametres.Echelon;
import fr.mutualis.payroll.server.parametres.GrilleGrade;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;

/**
 * Checks an agent's record before it is written: the checks of {@link AgentSaisie#erreurs()}, the échelon in the
 * grade's grid, then a trial payslip for the first month the agent can be paid, so whatever the engine would refuse
 * (indice outside the grade's grid, post longer than full time, transfert primes/points outside the CNRACL, missing
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
        if (saisie.codeGrade() != null) {
            grilles.enVigueur(saisie.codeGrade(), mois)
                    .filter(grille -> grille.echelons().stream().noneMatch(e -> e.numero() == saisie.echelon()))
                    .ifPresent(grille -> erreurs.add(echelonInconnu(saisie, grille)));
        }
        try {
            moteur.calculer(Situations.de(saisie, 1), mois);
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

    private static String echelonInconnu(AgentSaisie saisie, GrilleGrade grille) {
        List<Echelon> echelons = grille.echelons();
        return "Échelon " + saisie.echelon() + " inconnu dans la grille du grade " + grille.code() + " (échelons "
                + echelons.get(0).numero() + " à " + echelons.get(echelons.size() - 1).numero() + ").";
    }
}
