package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.time.YearMonth;

import fr.mutualis.payroll.server.parametres.CleParametre;
import fr.mutualis.payroll.server.parametres.ParametresPaie;

/** The parameters as they stand for the month being paid. */
record ParametresDuMois(ParametresPaie parametres, YearMonth mois) {

    BigDecimal valeur(CleParametre cle) {
        return parametres.valeur(cle, mois);
    }

    /** The value in force in the month, or empty when the parameter starts later (a rule not yet in force). */
    java.util.Optional<BigDecimal> valeurSiEnVigueur(CleParametre cle) {
        return parametres.enVigueur(cle, mois.atDay(1)).map(v -> v.valeur());
    }

    /** The value in force in the month of {@code date} (a rule that depends on when a leave began). */
    BigDecimal valeurAu(CleParametre cle, java.time.LocalDate date) {
        return parametres.valeur(cle, YearMonth.from(date));
    }

    /** Rate of the taux neutre grid in force for a monthly taxable base. */
    BigDecimal tauxNeutre(BigDecimal base) {
        return parametres.bareme(CleParametre.PAS_TAUX_NEUTRE, mois).taux(base);
    }
}
