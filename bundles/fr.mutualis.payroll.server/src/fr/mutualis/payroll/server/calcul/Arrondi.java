package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding to the cent, half up, applied once to each exactly computed amount. */
final class Arrondi {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    private Arrondi() {
    }

    /** {@code numerateur / denominateur} rounded to the cent, half up, without any intermediate rounding. */
    static BigDecimal quotient(BigDecimal numerateur, BigDecimal denominateur) {
        return numerateur.divide(denominateur, 2, RoundingMode.HALF_UP);
    }

    /** {@code base x taux %} rounded to the cent; a null rate gives 0.00. */
    static BigDecimal taux(BigDecimal base, BigDecimal pourcentage) {
        return pourcentage == null ? BigDecimal.ZERO.setScale(2) : quotient(base.multiply(pourcentage), CENT);
    }
}
