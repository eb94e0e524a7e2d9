package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.api.SituationAgent;

/**
 * Working-time ratio of the agent, kept as an exact fraction: quotité x weekly hours of the post / full-time hours
 * (0.8 for 80 % on a full-time post, 20/35 for a 20 h post).
 */
record TempsDeTravail(BigDecimal numerateur, BigDecimal denominateur) {

    /** The annual value of index 100 gives the monthly value of one point once divided by 100 and by 12 months. */
    private static final BigDecimal INDICE_100_PAR_MOIS = BigDecimal.valueOf(100 * 12);
    private static final BigDecimal MOIS_PAR_AN = BigDecimal.valueOf(12);

    static TempsDeTravail de(SituationAgent situation, BigDecimal heuresTempsComplet) {
        return new TempsDeTravail(situation.quotite().multiply(situation.heuresHebdomadairesPoste()),
                heuresTempsComplet);
    }

    /** A full-time monthly amount prorated and rounded to the cent. */
    BigDecimal proratiser(BigDecimal montantTempsComplet) {
        return Arrondi.quotient(montantTempsComplet.multiply(numerateur), denominateur);
    }

    /** A full-time annual amount turned into this month's prorated amount, rounded to the cent. */
    BigDecimal proratiserAnnuel(BigDecimal montantAnnuel) {
        return Arrondi.quotient(montantAnnuel.multiply(numerateur), denominateur.multiply(MOIS_PAR_AN));
    }

    /** round(indice x point x ratio): the monthly treatment of an index (TIB, NBI), prorated. */
    BigDecimal traitement(int indice, BigDecimal valeurAnnuelleIndice100) {
        return Arrondi.quotient(valeurAnnuelleIndice100.multiply(BigDecimal.valueOf(indice)).multiply(numerateur),
                denominateur.multiply(INDICE_100_PAR_MOIS));
    }

    /** round(indice x point): the full-time monthly treatment of an index, not prorated. */
    static BigDecimal traitementTempsComplet(int indice, BigDecimal valeurAnnuelleIndice100) {
        return Arrondi.quotient(valeurAnnuelleIndice100.multiply(BigDecimal.valueOf(indice)), INDICE_100_PAR_MOIS);
    }
}
