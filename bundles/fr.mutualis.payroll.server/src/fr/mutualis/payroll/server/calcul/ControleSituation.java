package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.RegimeRetraite;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.parametres.CleParametre;
import fr.mutualis.payroll.server.parametres.GrillesIndiciaires;

/** Checks that need the month or the parameters, before anything is computed. */
final class ControleSituation {

    private ControleSituation() {
    }

    static void verifier(SituationAgent situation, YearMonth mois, RegimeRetraite regime, ParametresDuMois parametres,
            Optional<GrillesIndiciaires> grilles) {
        YearMonth moisEntree = YearMonth.from(situation.dateEntree());
        if (mois.isBefore(moisEntree)) {
            throw new DonneeInvalideException("Le mois de paie " + mois + " précède la date d'entrée de l'agent ("
                    + situation.dateEntree() + ") : aucun bulletin ne peut être calculé.");
        }
        if (mois.equals(moisEntree) && situation.dateEntree().getDayOfMonth() != 1) {
            throw new DonneeInvalideException("Entrée en cours de mois (" + situation.dateEntree() + ") : le calcul au "
                    + "prorata des jours n'est pas pris en charge, seul un mois complet peut être calculé.");
        }
        BigDecimal tempsComplet = parametres.valeur(CleParametre.DUREE_TEMPS_COMPLET);
        if (situation.heuresHebdomadairesPoste().compareTo(tempsComplet) > 0) {
            throw new DonneeInvalideException("Durée hebdomadaire du poste (" + situation.heuresHebdomadairesPoste()
                    .toPlainString() + " h) supérieure à celle d'un temps complet (" + tempsComplet.toPlainString()
                    + " h).");
        }
        if (situation.categorieTpp() != CategorieTpp.AUCUNE && regime != RegimeRetraite.CNRACL) {
            throw new DonneeInvalideException("Le transfert primes/points ne s'applique qu'aux fonctionnaires affiliés "
                    + "à la CNRACL : choisissez la catégorie AUCUNE pour cet agent (" + situation.statut().libelle()
                    + ", " + situation.heuresHebdomadairesPoste().toPlainString() + " h).");
        }
        if (situation.codeGrade() != null) {
            grilles.ifPresent(connues -> connues.verifierIndice(situation.codeGrade(), situation.indiceMajore(), mois));
        }
    }
}
