package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.NatureAbsence;
import fr.mutualis.payroll.api.RegimeRetraite;
import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * Deductions of the month for the agent's absences, each counted in thirtieths of the monthly pay (a month counts
 * for 30 days; an absence covering a whole month is 30/30 whatever its length):
 * <ul>
 * <li>jour de carence (loi 2017-1837 art. 115): the first day of a congé de maladie ordinaire is not paid, neither
 * its traitement and NBI nor its indemnité de résidence and régime indemnitaire; the SFT stays;</li>
 * <li>maladie ordinaire of a fonctionnaire (CGFP art. L822-3, décret 87-602 art. 14): over the rolling year ending on
 * each day, the first 90 days keep the rate of the first period (100 %, 90 % for a leave granted from 1 March 2025,
 * loi 2025-127 art. 189) and the next ones half the traitement and NBI; the SFT and the indemnité de résidence stay
 * whole; the régime indemnitaire (IFSE, CIA and the other primes) follows the traitement's reduction, a line of its
 * own (décret 2010-997 art. 1 I 1°, the most a territorial deliberation may grant by the parity of CGFP art. L714-4;
 * {@code maladie_ordinaire.regime_indemnitaire.part_de_la_reduction}, 100 %: the same proportion);</li>
 * <li>grève (absence de service fait, CGFP art. L711-1 and L711-2): in the territorial service the deduction is
 * proportional to the duration (CE 9 octobre 2009 n° 284278), one thirtieth per day from the first to the last day,
 * or hours / monthly hours of the agent's working time for part of a day, on the whole pay but the family items
 * (CE 22 mars 1989 n° 71710).</li>
 * </ul>
 * Every part (traitement, NBI, accessoires) is rounded to the cent on its own; a payslip line per motive carries
 * their sum.
 */
final class RetenuesAbsences {

    /** What the deductions took from the treatment and from the NBI (the pension base is what is actually paid). */
    record Retenues(BigDecimal traitement, BigDecimal nbi) {
        static final Retenues AUCUNE = new Retenues(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    private RetenuesAbsences() {
    }

    /**
     * Adds the deduction lines of {@code mois}. {@code absences} are all the agent's absences the rolling year needs
     * (those of the twelve months before the month included).
     */
    static Retenues ajouter(List<Absence> absences, YearMonth mois, RegimeRetraite regime, BigDecimal traitement,
            BigDecimal nbi, BigDecimal residence, BigDecimal primes, TempsDeTravail temps,
            ParametresDuMois parametres, LignesEnCours lignes) {
        if (absences.isEmpty()) {
            return Retenues.AUCUNE;
        }
        List<Absence> triees = absences.stream().sorted(Comparator.comparing(Absence::debut)).toList();
        verifier(triees, regime);
        Map<Motif, Integer> jours = jours(triees, mois, parametres);
        BigDecimal accessoires = residence.add(primes);

        BigDecimal retenueTraitement = BigDecimal.ZERO.setScale(2);
        BigDecimal retenueNbi = BigDecimal.ZERO.setScale(2);
        BigDecimal trentiemes = parametres.valeur(CleParametre.TRENTIEMES);
        for (Map.Entry<Motif, Integer> entree : jours.entrySet()) {
            Motif motif = entree.getKey();
            BigDecimal part = BigDecimal.valueOf(entree.getValue()).multiply(CENT.subtract(motif.tauxMaintenu()));
            BigDecimal denominateur = trentiemes.multiply(CENT);
            BigDecimal surTraitement = Arrondi.quotient(traitement.multiply(part), denominateur);
            BigDecimal surNbi = Arrondi.quotient(nbi.multiply(part), denominateur);
            BigDecimal surAccessoires = motif.accessoires()
                    ? Arrondi.quotient(accessoires.multiply(part), denominateur)
                    : BigDecimal.ZERO.setScale(2);
            BigDecimal montant = surTraitement.add(surNbi).add(surAccessoires);
            if (montant.signum() > 0) {
                lignes.deduction(motif.code(), motif.libelle() + " (" + entree.getValue() + "/"
                        + trentiemes.toPlainString() + ")", montant);
                retenueTraitement = retenueTraitement.add(surTraitement);
                retenueNbi = retenueNbi.add(surNbi);
            }
        }
        regimeIndemnitaire(jours, primes, parametres, lignes);
        for (Absence greve : triees) {
            if (greve.heures() != null && YearMonth.from(greve.debut()).equals(mois)) {
                // hours / (monthly hours x working-time ratio): round(X x h x den / (151.67 x num))
                BigDecimal heuresMois = parametres.valeur(CleParametre.HEURES_MENSUELLES);
                BigDecimal denominateur = heuresMois.multiply(temps.numerateur());
                BigDecimal facteur = greve.heures().multiply(temps.denominateur());
                BigDecimal surTraitement = Arrondi.quotient(traitement.multiply(facteur), denominateur);
                BigDecimal surNbi = Arrondi.quotient(nbi.multiply(facteur), denominateur);
                BigDecimal surAccessoires = Arrondi.quotient(accessoires.multiply(facteur), denominateur);
                lignes.deduction(CodesLignes.RETENUE_GREVE, "Retenue pour grève du " + greve.debut() + " ("
                        + greve.heures().toPlainString() + " h)", surTraitement.add(surNbi).add(surAccessoires));
                retenueTraitement = retenueTraitement.add(surTraitement);
                retenueNbi = retenueNbi.add(surNbi);
            }
        }
        return new Retenues(retenueTraitement, retenueNbi);
    }

    /**
     * The régime indemnitaire's share of the maladie ordinaire reductions, one line for the month: primes x days x
     * (100 - rate kept) x part of the reduction / (30 x 100 x 100), rounded once.
     */
    private static void regimeIndemnitaire(Map<Motif, Integer> jours, BigDecimal primes, ParametresDuMois parametres,
            LignesEnCours lignes) {
        BigDecimal part = parametres.valeur(CleParametre.MALADIE_REDUCTION_REGIME_INDEMNITAIRE);
        if (primes.signum() <= 0 || part.signum() <= 0) {
            return;
        }
        BigDecimal reduction = BigDecimal.ZERO;
        int joursMaladie = 0;
        for (Map.Entry<Motif, Integer> entree : jours.entrySet()) {
            if (entree.getKey().maladie()) {
                reduction = reduction.add(BigDecimal.valueOf(entree.getValue())
                        .multiply(CENT.subtract(entree.getKey().tauxMaintenu())));
                joursMaladie += entree.getValue();
            }
        }
        BigDecimal denominateur = parametres.valeur(CleParametre.TRENTIEMES).multiply(CENT).multiply(CENT);
        BigDecimal montant = Arrondi.quotient(primes.multiply(reduction).multiply(part), denominateur);
        if (montant.signum() > 0) {
            lignes.deduction(CodesLignes.MALADIE_REGIME_INDEMNITAIRE, "Régime indemnitaire réduit comme le traitement "
                    + "(maladie ordinaire, " + joursMaladie + "/" + parametres.valeur(CleParametre.TRENTIEMES)
                            .toPlainString() + ")", montant);
        }
    }

    private static void verifier(List<Absence> triees, RegimeRetraite regime) {
        for (int i = 1; i < triees.size(); i++) {
            Absence precedente = triees.get(i - 1);
            Absence absence = triees.get(i);
            if (!absence.debut().isAfter(precedente.fin())) {
                throw new DonneeInvalideException("Absences qui se chevauchent : " + precedente.nature().libelle()
                        + " du " + precedente.debut() + " au " + precedente.fin() + " et " + absence.nature().libelle()
                        + " du " + absence.debut() + " au " + absence.fin() + ". Corrigez l'une des deux.");
            }
        }
        if (regime != RegimeRetraite.CNRACL
                && triees.stream().anyMatch(absence -> absence.nature() == NatureAbsence.MALADIE_ORDINAIRE)) {
            throw new DonneeInvalideException("Congé de maladie ordinaire d'un agent relevant du régime général "
                    + "(contractuel, ou fonctionnaire sur un poste de moins de 28 h) : son indemnisation, qui tient "
                    + "compte des indemnités journalières de la sécurité sociale (décret 88-145 art. 7, décret 91-298 "
                    + "art. 35), n'est pas calculée par Mutualis ; seuls les fonctionnaires CNRACL sont pris en "
                    + "charge.");
        }
    }

    /** Days of the month per motive, in the order met, brought to thirtieths. */
    private static Map<Motif, Integer> jours(List<Absence> triees, YearMonth mois, ParametresDuMois parametres) {
        int joursPremierePeriode = parametres.valeur(CleParametre.MALADIE_JOURS_PLEIN_TRAITEMENT).intValueExact();
        int joursCarence = parametres.valeur(CleParametre.JOURS_DE_CARENCE).intValueExact();
        BigDecimal demi = parametres.valeur(CleParametre.MALADIE_TAUX_DEMI_TRAITEMENT);
        List<Long> joursMaladie = new ArrayList<>();
        for (Absence absence : triees) {
            if (absence.nature() == NatureAbsence.MALADIE_ORDINAIRE) {
                for (long jour = absence.debut().toEpochDay(); jour <= absence.fin().toEpochDay(); jour++) {
                    joursMaladie.add(jour);
                }
            }
        }
        Map<Motif, Integer> jours = new LinkedHashMap<>();
        Motif dernier = null;
        int absents = 0;
        for (LocalDate jour = mois.atDay(1); !jour.isAfter(mois.atEndOfMonth()); jour = jour.plusDays(1)) {
            Motif motif = motif(triees, jour, joursMaladie, joursPremierePeriode, joursCarence, demi, parametres);
            if (motif != null) {
                jours.merge(motif, 1, Integer::sum);
                dernier = motif;
                absents++;
            }
        }
        int trentiemes = parametres.valeur(CleParametre.TRENTIEMES).intValueExact();
        if (absents == mois.lengthOfMonth() && absents != trentiemes) {
            jours.merge(dernier, trentiemes - absents, Integer::sum); // a whole month absent counts 30/30
        } else if (absents > trentiemes) {
            jours.merge(dernier, trentiemes - absents, Integer::sum);
        }
        jours.values().removeIf(n -> n <= 0);
        return jours;
    }

    private static Motif motif(List<Absence> triees, LocalDate jour, List<Long> joursMaladie,
            int joursPremierePeriode, int joursCarence, BigDecimal demi, ParametresDuMois parametres) {
        for (Absence absence : triees) {
            if (jour.isBefore(absence.debut()) || jour.isAfter(absence.fin())) {
                continue;
            }
            if (absence.nature() == NatureAbsence.GREVE) {
                return absence.heures() == null ? Motif.GREVE : null;
            }
            if (!absence.sansCarence() && jour.isBefore(absence.debut().plusDays(joursCarence))) {
                return Motif.CARENCE;
            }
            long jourEpoch = jour.toEpochDay();
            long debutAnnee = jour.minusYears(1).plusDays(1).toEpochDay();
            long rang = joursMaladie.stream().filter(j -> j >= debutAnnee && j <= jourEpoch).count();
            if (rang <= joursPremierePeriode) {
                BigDecimal taux = parametres.valeurAu(CleParametre.MALADIE_TAUX_PREMIERE_PERIODE, absence.debut());
                return Motif.maladie(taux, false);
            }
            return Motif.maladie(demi, true);
        }
        return null;
    }

    /** Why a day is deducted, and how much of the pay it keeps. */
    private record Motif(String code, String libelle, BigDecimal tauxMaintenu, boolean accessoires) {
        static final Motif CARENCE = new Motif(CodesLignes.JOUR_DE_CARENCE, "Jour de carence", BigDecimal.ZERO, true);
        static final Motif GREVE = new Motif(CodesLignes.RETENUE_GREVE, "Retenue pour grève", BigDecimal.ZERO, true);

        boolean maladie() {
            return code.equals(CodesLignes.MALADIE_PREMIERE_PERIODE) || code.equals(CodesLignes.MALADIE_DEMI_TRAITEMENT);
        }

        static Motif maladie(BigDecimal taux, boolean demiTraitement) {
            return new Motif(
                    demiTraitement ? CodesLignes.MALADIE_DEMI_TRAITEMENT : CodesLignes.MALADIE_PREMIERE_PERIODE,
                    "Maladie ordinaire, traitement maintenu à " + taux.stripTrailingZeros().toPlainString() + " %",
                    taux, false);
        }
    }
}
