package fr.mutualis.payroll.server.calcul;

import static fr.mutualis.payroll.server.calcul.Verifications.absente;
import static fr.mutualis.payroll.server.calcul.Verifications.cotisation;
import static fr.mutualis.payroll.server.calcul.Verifications.gain;
import static fr.mutualis.payroll.server.calcul.Verifications.totaux;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.NatureAbsence;
import fr.mutualis.payroll.api.ZoneResidence;

/**
 * Absences worked by hand (point = 5907.34 / 1200; each part rounded half up to the cent; a month counts for 30 days):
 * jour de carence (loi 2017-1837 art. 115), maladie ordinaire at 90 % then half pay after 90 days over a rolling year
 * (CGFP art. L822-3 as amended by loi 2025-127 art. 189; décret 87-602 art. 14), grève proportional to its duration.
 * Deductions are DEDUCTION lines: the amount is the sum of the parts on the traitement, the NBI and (carence, grève)
 * the indemnité de résidence and primes, each rounded. The CNRACL base is the TIB + NBI actually paid.
 */
class MoteurPaieAbsencesTest {

    private static final YearMonth JANVIER_2026 = YearMonth.of(2026, 1);

    private final MoteurPaie moteur = new MoteurPaie(Verifications.parametres());

    private static Absence maladie(String debut, String fin) {
        return new Absence(NatureAbsence.MALADIE_ORDINAIRE, LocalDate.parse(debut), LocalDate.parse(fin), null,
                false);
    }

    private static Absence prolongation(String debut, String fin) {
        return new Absence(NatureAbsence.MALADIE_ORDINAIRE, LocalDate.parse(debut), LocalDate.parse(fin), null, true);
    }

    private static Absence greve(String jour, String heures) {
        return new Absence(NatureAbsence.GREVE, LocalDate.parse(jour), LocalDate.parse(jour),
                heures == null ? null : new BigDecimal(heures), false);
    }

    private Bulletin calculer(Agent agent, YearMonth mois, Absence... absences) {
        return moteur.calculer(agent.situation(), mois, List.of(absences));
    }

    @Test
    void jourDeCarenceThenNinetyPercentSinceMarch2025() {
        // IM 400, zone 1, IFSE 200; sick from Monday 12 to Friday 16 January 2026 (first leave of the year)
        Bulletin b = calculer(Agent.titulaire(400).zone(ZoneResidence.ZONE_1).ifse("200"), JANVIER_2026,
                maladie("2026-01-12", "2026-01-16"));
        gain(b, "TIB", "1969.11");
        gain(b, "IR", "59.07"); // 3 % x 1969.11 = 59.0733
        // carence, 1/30 of the traitement (1969.11 / 30 = 65.637 -> 65.64) and of IR + IFSE (259.07 / 30 = 8.6357
        // -> 8.64): 74.28
        gain(b, "CARENCE", "74.28");
        // 13 to 16 January: 4 days at 90 %: 1969.11 x 4 x 10 % / 30 = 26.2548 -> 26.25 (the IR stays whole)
        gain(b, "MALADIE_90J", "26.25");
        absente(b, "MALADIE_DEMI");
        // the IFSE follows the traitement (décret 2010-997 art. 1): 200 x 4 x 10 % / 30 = 2.6667 -> 2.67
        gain(b, "MALADIE_RI", "2.67");
        // gross = 1969.11 + 59.07 + 200 - 74.28 - 26.25 - 2.67 = 2124.98; CNRACL base = 1969.11 - 65.64 - 26.25
        // = 1877.22
        cotisation(b, "CNRACL", "1877.22", "11.10", "208.37", "37.65", "706.77"); // 208.3714 / 706.7733
        cotisation(b, "MALADIE", "1877.22", null, null, "9.88", "185.47"); // 185.4693
        // RAFP base = min(2124.98 - 1877.22 = 247.76, 20 % x 1877.22 = 375.44): 12.388 -> 12.39
        cotisation(b, "RAFP", "247.76", "5", "12.39", "5", "12.39");
        // CSG base 98.25 % x 2124.98 = 2087.7929 -> 2087.79: 141.9697 / 50.1070 / 10.4390
        // employee = 208.37 + 12.39 + 141.97 + 50.11 + 10.44 = 423.28; net before tax 1701.70; taxable 1701.70
        // + 50.11 + 10.44 = 1762.25 in [1683 ; 1791[: 1.3 % = 22.9093 -> 22.91
        cotisation(b, "PAS", "1762.25", "1.3", "22.91", null, null);
        // employer 1046.36: only the RAFP's employer part moves (12.52 -> 12.39), the other bases are the TIB + NBI
        totaux(b, "2124.98", "423.28", "1701.70", "1762.25", "22.91", "1678.79", "1046.36", "3171.34");
    }

    @Test
    void halfPayAfterNinetyDaysOverTheRollingYear() {
        // 83 days of sick leave from 10 March to 31 May 2025, then sick from 5 to 20 January 2026: the rolling year
        // of 5 January 2026 starts on 6 January 2025 and holds the 83 days: 5 January is day 84 (carence), 6 to 11
        // January days 85 to 90 (90 %), 12 to 20 January days 91 to 99 (half pay)
        Bulletin b = calculer(Agent.titulaire(400).nbi(10).zone(ZoneResidence.ZONE_2).enfants(1), JANVIER_2026,
                maladie("2025-03-10", "2025-05-31"), maladie("2026-01-05", "2026-01-20"));
        gain(b, "NBI", "49.23"); // 10 x point = 49.2278
        gain(b, "IR", "20.18"); // 1 % x (1969.11 + 49.23) = 20.1834
        gain(b, "SFT", "2.29"); // stays whole
        // carence: 1969.11 / 30 = 65.64, 49.23 / 30 = 1.64, IR 20.18 / 30 = 0.67: 67.95
        gain(b, "CARENCE", "67.95");
        // 6 days at 90 %: 1969.11 x 6 x 10 % / 30 = 39.3822 -> 39.38; 49.23 x 0.02 = 0.9846 -> 0.98: 40.36
        gain(b, "MALADIE_90J", "40.36");
        // 9 days at half pay: 1969.11 x 9 x 50 % / 30 = 295.3665 -> 295.37; 49.23 x 0.15 = 7.3845 -> 7.38: 302.75
        // (the SFT and the IR stay whole: CGFP art. L822-3)
        gain(b, "MALADIE_DEMI", "302.75");
        // gross = 1969.11 + 49.23 + 20.18 + 2.29 - 67.95 - 40.36 - 302.75 = 1629.75
        // CNRACL base = 2018.34 - (65.64 + 1.64) - (39.38 + 0.98) - (295.37 + 7.38) = 1607.95
        cotisation(b, "CNRACL", "1607.95", "11.10", "178.48", "37.65", "605.39"); // 178.4825 / 605.3932
        cotisation(b, "RAFP", "21.80", "5", "1.09", "5", "1.09"); // 1629.75 - 1607.95; 1.09
        // CSG base 1601.23 (1601.2294): 108.8836 / 38.4295 / 8.0062; employee = 178.48 + 1.09 + 108.88 + 38.43
        // + 8.01 = 334.89; net 1294.86; taxable 1341.30 < 1620: 0 %
        totaux(b, "1629.75", "334.89", "1294.86", "1341.30", "0.00", "1294.86", "886.75", "2516.50");
    }

    @Test
    void theRegimeIndemnitaireFollowsTheTraitementsReduction() {
        // the case above with an IFSE of 300: décret 2010-997 art. 1 I 1°, applied to the territorial service by the
        // parity of CGFP art. L714-4, keeps the primes "dans les mêmes proportions que le traitement"
        // (maladie_ordinaire.regime_indemnitaire.part_de_la_reduction = 100 %)
        Bulletin b = calculer(Agent.titulaire(400).nbi(10).zone(ZoneResidence.ZONE_2).enfants(1).ifse("300"),
                JANVIER_2026, maladie("2025-03-10", "2025-05-31"), maladie("2026-01-05", "2026-01-20"));
        // carence: 65.64 + 1.64 and (IR + IFSE) 320.18 / 30 = 10.6727 -> 10.67: 77.95
        gain(b, "CARENCE", "77.95");
        gain(b, "MALADIE_90J", "40.36"); // unchanged: traitement and NBI only
        gain(b, "MALADIE_DEMI", "302.75");
        // IFSE: 300 x (6 days x 10 % + 9 days x 50 %) / 30 = 300 x 5.10 / 30 = 51.00 (the IR and SFT stay whole)
        gain(b, "MALADIE_RI", "51.00");
        assertEquals("Régime indemnitaire réduit comme le traitement (maladie ordinaire, 15/30)",
                b.ligne("MALADIE_RI").orElseThrow().libelle());
        // gross = 2040.81 + 300 - 77.95 - 40.36 - 302.75 - 51.00 = 1868.75; the CNRACL base is unchanged (1607.95)
        cotisation(b, "CNRACL", "1607.95", "11.10", "178.48", "37.65", "605.39");
        // RAFP base = min(1868.75 - 1607.95 = 260.80, 20 % x 1607.95 = 321.59): 13.04
        cotisation(b, "RAFP", "260.80", "5", "13.04", "5", "13.04");
        // CSG base 98.25 % x 1868.75 = 1836.0469 -> 1836.05: 124.8514 / 44.0652 / 9.1803 (124.85, 44.07, 9.18);
        // employee = 178.48 + 13.04 + 124.85 + 44.07 + 9.18 = 369.62; net 1499.13; taxable 1499.13 + 44.07 + 9.18
        // = 1552.38 < 1620: 0 %
        // employer: 886.75 without IFSE + the RAFP's employer part 13.04 - 1.09 = 898.70; cost 2767.45
        totaux(b, "1868.75", "369.62", "1499.13", "1552.38", "0.00", "1499.13", "898.70", "2767.45");
    }

    @Test
    void aSickLeaveOfTheFirstPeriodAtFullPayLeavesThePrimesWhole() {
        // February 2025, a leave granted before 1 March 2025: 100 % after the carence, so no reduction of the IFSE
        Bulletin b = calculer(Agent.titulaire(400).ifse("200"), YearMonth.of(2025, 2),
                maladie("2025-02-20", "2025-02-25"));
        absente(b, "MALADIE_RI");
    }

    @Test
    void wholeMonthAtHalfPayCountsThirtyThirtiethsEvenInFebruary() {
        // sick since 1 October 2025: on 1 February 2026 the rolling year holds 123 days, so all of February is at
        // half pay; 28 days of a 28-day month are 30/30: 1969.11 x 50 % = 984.555 -> 984.56
        Bulletin b = calculer(Agent.titulaire(400), YearMonth.of(2026, 2), maladie("2025-10-01", "2026-03-31"));
        gain(b, "MALADIE_DEMI", "984.56");
        assertEquals("Maladie ordinaire, traitement maintenu à 50 % (30/30)",
                b.ligne("MALADIE_DEMI").orElseThrow().libelle());
        absente(b, "CARENCE");
        absente(b, "RAFP"); // nothing but the treatment
        // gross = base = 1969.11 - 984.56 = 984.55; CSG base 967.32 (967.3204): 65.7778 / 23.2157 / 4.8366
        cotisation(b, "CNRACL", "984.55", "11.10", "109.29", "37.65", "370.68");
        totaux(b, "984.55", "203.13", "781.42", "809.48", "0.00", "781.42", "542.27", "1526.82");
    }

    @Test
    void theRollingYearEndsTheDayBefore() {
        // 90 days of sick leave from 10 January to 9 April 2025 (22 + 28 + 31 + 9), granted before 1 March 2025: full
        // pay then. A day on 9 January 2026 still sees the 90 days (its year starts on 10 January 2025): half pay,
        // 1969.11 x 50 % / 30 = 32.8185 -> 32.82; on 10 January 2026 only 89 of them: 90 %, 1969.11 x 10 % / 30 =
        // 6.5637 -> 6.56 (both exempt from carence as prolongations)
        Absence avant = maladie("2025-01-10", "2025-04-09");
        Bulletin neuf = calculer(Agent.titulaire(400), JANVIER_2026, avant, prolongation("2026-01-09", "2026-01-09"));
        gain(neuf, "MALADIE_DEMI", "32.82");
        absente(neuf, "MALADIE_90J");
        absente(neuf, "CARENCE");
        Bulletin dix = calculer(Agent.titulaire(400), JANVIER_2026, avant, prolongation("2026-01-10", "2026-01-10"));
        gain(dix, "MALADIE_90J", "6.56");
        absente(dix, "MALADIE_DEMI");
    }

    @Test
    void aLeaveGrantedBeforeMarch2025KeepsFullPay() {
        // February 2025: carence on the 20th, then 5 days at 100 %: no deduction but the carence 1969.11 / 30 = 65.64
        Bulletin fevrier = calculer(Agent.titulaire(400), YearMonth.of(2025, 2), maladie("2025-02-20", "2025-02-25"));
        gain(fevrier, "CARENCE", "65.64");
        absente(fevrier, "MALADIE_90J");
        // March 2025, a new leave from the 3rd: carence, then 4 days at 90 %: 1969.11 x 4 x 10 % / 30 = 26.25
        Bulletin mars = calculer(Agent.titulaire(400), YearMonth.of(2025, 3), maladie("2025-03-03", "2025-03-07"));
        gain(mars, "MALADIE_90J", "26.25");
        // at IM 366 (SMIC top-up on the whole TIB): 1801.74 x 4 x 10 % / 30 = 24.0232 -> 24.02
        gain(calculer(Agent.titulaire(366), YearMonth.of(2025, 3), maladie("2025-03-03", "2025-03-07")),
                "MALADIE_90J", "24.02");
    }

    @Test
    void strikeByTheDayAndByTheHourForAPartTimer() {
        // IM 450 at 80 %, paid 6/7: TIB 1898.79; IFSE 100. Strike on 8 January (1/30): 1898.79 / 30 = 63.293 ->
        // 63.29, 100 / 30 = 3.33: 66.62. Strike of 3.5 h on 15 January: hours / (151.67 x 0.8 = 121.336): 1898.79 x
        // 3.5 / 121.336 = 54.7716 -> 54.77; 100 x 3.5 / 121.336 = 2.8846 -> 2.88: 57.65
        Bulletin b = calculer(Agent.titulaire(450).quotite("0.8").ifse("100"), JANVIER_2026,
                greve("2026-01-08", null), greve("2026-01-15", "3.5"));
        assertEquals(List.of(new BigDecimal("66.62"), new BigDecimal("57.65")), b.lignes().stream()
                .filter(l -> l.code().equals("GREVE")).map(l -> l.montantSalarial()).toList());
        // gross = 1898.79 + 100 - 66.62 - 57.65 = 1874.52; CNRACL base = 1898.79 - 63.29 - 54.77 = 1780.73
        cotisation(b, "CNRACL", "1780.73", "11.10", "197.66", "37.65", "670.44");
        cotisation(b, "RAFP", "93.79", "5", "4.69", "5", "4.69"); // 1874.52 - 1780.73
        totaux(b, "1874.52", "381.00", "1493.52", "1546.93", "0.00", "1493.52", "985.52", "2860.04");
    }

    @Test
    void strikeDaysRunFromTheFirstToTheLastDay() {
        // 3 calendar days (Friday to Sunday) = 3/30 of 1969.11 = 196.911 -> 196.91
        Bulletin b = moteur.calculer(Agent.titulaire(400).situation(), JANVIER_2026, List.of(new Absence(
                NatureAbsence.GREVE, LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 11), null, false)));
        gain(b, "GREVE", "196.91");
        assertEquals("Retenue pour grève (3/30)", b.ligne("GREVE").orElseThrow().libelle());
    }

    @Test
    void refusals() {
        DonneeInvalideException contractuel = assertThrows(DonneeInvalideException.class,
                () -> calculer(Agent.contractuel(400), JANVIER_2026, maladie("2026-01-05", "2026-01-06")));
        assertEquals(true, contractuel.getMessage().startsWith("Congé de maladie ordinaire d'un agent relevant du "
                + "régime général"), contractuel.getMessage());
        DonneeInvalideException chevauchement = assertThrows(DonneeInvalideException.class,
                () -> calculer(Agent.titulaire(400), JANVIER_2026, maladie("2026-01-05", "2026-01-09"),
                        greve("2026-01-09", null)));
        assertEquals("Absences qui se chevauchent : maladie ordinaire du 2026-01-05 au 2026-01-09 et grève du "
                + "2026-01-09 au 2026-01-09. Corrigez l'une des deux.", chevauchement.getMessage());
        assertThrows(DonneeInvalideException.class, () -> new Absence(NatureAbsence.GREVE, LocalDate.of(2026, 1, 9),
                LocalDate.of(2026, 1, 8), null, false));
        assertThrows(DonneeInvalideException.class, () -> new Absence(NatureAbsence.MALADIE_ORDINAIRE,
                LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 9), new BigDecimal("2"), false));
        assertThrows(DonneeInvalideException.class, () -> greve("2026-01-09", "24"));
    }

    @Test
    void noAbsenceGivesTheSamePayslipAsBefore() {
        Agent agent = Agent.titulaire(400).nbi(15).enfants(2).ifse("250");
        assertEquals(moteur.calculer(agent.situation(), JANVIER_2026),
                moteur.calculer(agent.situation(), JANVIER_2026, List.of()));
        // an absence of another month changes nothing in January
        assertEquals(moteur.calculer(agent.situation(), JANVIER_2026),
                calculer(agent, JANVIER_2026, greve("2025-12-04", null)));
    }
}
