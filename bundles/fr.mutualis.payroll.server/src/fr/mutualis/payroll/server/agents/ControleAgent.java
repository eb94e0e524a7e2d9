package fr.mutualis.payroll.server.agents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.Nir;
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

    /**
     * The entry as it is stored: NIR and bank account normalised (the one place both the form and the CSV import go
     * through before {@link #erreurs}).
     */
    public static AgentSaisie normaliser(AgentSaisie saisie) {
        CompteBancaire compte = saisie.compteBancaire();
        return saisie.avecNir(Nir.normaliser(saisie.nir())).avecCompteBancaire(compte == null ? null
                : CompteBancaire.normaliser(compte.iban(), compte.bic()));
    }

    /**
     * Every problem found, in French; empty when the record can be written. The PCS-ESE code, when given, must be
     * one of the shipped Insee list ({@link NomenclaturePcsEse}).
     */
    public static List<String> erreurs(AgentSaisie saisie, MoteurPaie moteur, GrillesIndiciaires grilles,
            YearMonth moisCourant) {
        List<String> erreurs = saisie.erreurs();
        String pcs = erreurs.isEmpty() && saisie.pcsEse() != null ? NomenclaturePcsEse.livree().probleme(saisie.pcsEse()) : null;
        if (pcs != null) {
            erreurs.add(pcs);
        }
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
