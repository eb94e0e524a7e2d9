package fr.mutualis.payroll.server.internal.entity;

import java.math.BigDecimal;

/** Numbers read from NUMERIC(p, s) columns come back padded with zeros ("35.00"): give them back as entered. */
final class Decimales {

    private Decimales() {
    }

    /** "35.00" becomes "35" (not "3.5E+1"), "0.8000" becomes "0.8"; null stays null. */
    static BigDecimal utiles(BigDecimal valeur) {
        if (valeur == null) {
            return null;
        }
        BigDecimal sansZeros = valeur.stripTrailingZeros();
        return sansZeros.scale() < 0 ? sansZeros.setScale(0) : sansZeros;
    }
}
