package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * Working-time ratio of the agent, kept as an exact fraction: quotité x weekly hours of the post / full-time hours
 * (0.8 for 80 % on a full-time post, 20/35 for a 20 h post), and the share of the pay it gives, which differs for a
 * temps partiel of 80 % or 90 %: six sevenths and thirty-two thirty-fifths (CGFP art. L612-5).
 */
record TempsDeTravail(BigDecimal numerateur, BigDecimal denominateur, BigDecimal numerateurPaie,
        BigDecimal denominateurPaie) {

    /** The annual value of index 100 gives the monthly value of one point once divided by 100 and by 12 months. */
    private static final BigDecimal INDICE_100_PAR_MOIS = BigDecimal.valueOf(100 * 12);
    private static final BigDecimal MOIS_PAR_AN = BigDecimal.valueOf(12);

    static TempsDeTravail de(SituationAgent situation, ParametresDuMois parametres) {
        BigDecimal heuresTempsComplet = parametres.valeur(CleParametre.DUREE_TEMPS_COMPLET);
        BigDecimal heures = situation.heuresHebdomadairesPoste();
        BigDecimal quotite = situation.quotite();
        BigDecimal numerateurPaie = quotite.multiply(heures);
        BigDecimal denominateurPaie = heuresTempsComplet;
        if (quotite.compareTo(new BigDecimal("0.8")) == 0 || quotite.compareTo(new BigDecimal("0.9")) == 0) {
            boolean quatreVingts = quotite.compareTo(new BigDecimal("0.8")) == 0;
            numerateurPaie = parametres.valeur(quatreVingts ? CleParametre.TEMPS_PARTIEL_80_NUMERATEUR
                    : CleParametre.TEMPS_PARTIEL_90_NUMERATEUR).multiply(heures);
            denominateurPaie = parametres.valeur(quatreVingts ? CleParametre.TEMPS_PARTIEL_80_DENOMINATEUR
                    : CleParametre.TEMPS_PARTIEL_90_DENOMINATEUR).multiply(heuresTempsComplet);
        }
        return new TempsDeTravail(quotite.multiply(heures), heuresTempsComplet, numerateurPaie, denominateurPaie);
    }

    /** A full-time monthly amount prorated and rounded to the cent. */
    BigDecimal proratiser(BigDecimal montantTempsComplet) {
        return Arrondi.quotient(montantTempsComplet.multiply(numerateur), denominateur);
    }

    /** A full-time annual amount turned into this month's prorated amount, rounded to the cent. */
    BigDecimal proratiserAnnuel(BigDecimal montantAnnuel) {
        return Arrondi.quotient(montantAnnuel.multiply(numerateur), denominateur.multiply(MOIS_PAR_AN));
    }

    /** round(indice x point x share of the pay): the monthly treatment of an index (TIB, NBI), prorated. */
    BigDecimal traitement(int indice, BigDecimal valeurAnnuelleIndice100) {
        return Arrondi.quotient(valeurAnnuelleIndice100.multiply(BigDecimal.valueOf(indice)).multiply(numerateurPaie),
                denominateurPaie.multiply(INDICE_100_PAR_MOIS));
    }

    /** round(amount x share of the pay): a full-time pay element (SFT) prorated like the treatment. */
    BigDecimal remuneration(BigDecimal montantTempsComplet) {
        return Arrondi.quotient(montantTempsComplet.multiply(numerateurPaie), denominateurPaie);
    }

    /** round(indice x point): the full-time monthly treatment of an index, not prorated. */
    static BigDecimal traitementTempsComplet(int indice, BigDecimal valeurAnnuelleIndice100) {
        return Arrondi.quotient(valeurAnnuelleIndice100.multiply(BigDecimal.valueOf(indice)), INDICE_100_PAR_MOIS);
    }
}
