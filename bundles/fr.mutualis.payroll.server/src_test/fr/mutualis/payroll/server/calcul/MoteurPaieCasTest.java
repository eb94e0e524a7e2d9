package fr.mutualis.payroll.server.calcul;

import static fr.mutualis.payroll.server.calcul.Verifications.absente;
import static fr.mutualis.payroll.server.calcul.Verifications.cotisation;
import static fr.mutualis.payroll.server.calcul.Verifications.gain;
import static fr.mutualis.payroll.server.calcul.Verifications.totaux;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.RegimeRetraite;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;

/**
 * Payslips computed by hand, line by line (point = 5907.34 / 1200 = 4.92278333...; amounts rounded half up to the
 * cent as soon as computed). Unless stated otherwise: January 2026, full time, zone 3, taux neutre, 10 agents.
 */
class MoteurPaieCasTest {

    private static final YearMonth JANVIER_2026 = YearMonth.of(2026, 1);

    private final MoteurPaie moteur = new MoteurPaie(Verifications.parametres());

    private Bulletin calculer(Agent agent, YearMonth mois) {
        return moteur.calculer(agent.situation(), mois);
    }

    @Test
    void contractuelUnderTheRegimeGeneralAndIrcantec() {
        Bulletin b = calculer(Agent.contractuel(420).zone(ZoneResidence.ZONE_1).enfants(1).ifse("150").effectif(30),
                JANVIER_2026);
        assertEquals(RegimeRetraite.REGIME_GENERAL, b.regime());
        gain(b, "TIB", "2067.57"); // 420 x point = 2067.569
        gain(b, "IR", "62.03"); // 3 % x 2067.57 = 62.0271 (floor: 3 % x 1801.74 = 54.05)
        gain(b, "SFT", "2.29"); // 1 child: fixed part only (0 %)
        gain(b, "IFSE", "150.00"); // gross = 2067.57 + 62.03 + 2.29 + 150 = 2281.89
        absente(b, "CNRACL");
        absente(b, "RAFP");
        absente(b, "ATIACL");
        // vieillesse plafonnée on min(2281.89, PMSS 4005): 6.90 % = 157.4504; 8.55 % = 195.1016
        cotisation(b, "VIEILLESSE_PLAF", "2281.89", "6.90", "157.45", "8.55", "195.10");
        // déplafonnée: 0.40 % = 9.1276; employer 2.11 % in 2026 = 48.1479
        cotisation(b, "VIEILLESSE_DEPLAF", "2281.89", "0.40", "9.13", "2.11", "48.15");
        cotisation(b, "MALADIE", "2281.89", null, null, "13", "296.65"); // 296.6457
        cotisation(b, "AF", "2281.89", null, null, "5.25", "119.80"); // 119.7992
        cotisation(b, "CSA", "2281.89", null, null, "0.30", "6.85"); // 6.8457
        cotisation(b, "FNAL", "2281.89", null, null, "0.10", "2.28");
        // IRCANTEC base = gross - SFT = 2279.60, all in tranche A: 2.80 % = 63.8288; 4.20 % = 95.7432
        cotisation(b, "IRCANTEC_A", "2279.60", "2.80", "63.83", "4.20", "95.74");
        absente(b, "IRCANTEC_B");
        cotisation(b, "CNFPT", "2281.89", null, null, "0.90", "20.54"); // 20.5370
        cotisation(b, "CNFPT_APPRENTISSAGE", "2281.89", null, null, "0.10", "2.28");
        cotisation(b, "CDG", "2281.89", null, null, "0.80", "18.26"); // 18.2551
        // CSG base = 98.25 % x 2281.89 = 2241.9569 -> 2241.96: 152.4533 / 53.8070 / 11.2098
        cotisation(b, "CSG_DED", "2241.96", "6.8", "152.45", null, null);
        cotisation(b, "CSG_NON_DED", "2241.96", "2.4", "53.81", null, null);
        cotisation(b, "CRDS", "2241.96", "0.5", "11.21", null, null);
        // employee = 157.45 + 9.13 + 63.83 + 152.45 + 53.81 + 11.21 = 447.88; net before tax = 1834.01
        // taxable = 1834.01 + 53.81 + 11.21 = 1899.03, in [1791 ; 1911[: 2.1 % = 39.8796 -> 39.88; net = 1794.13
        cotisation(b, "PAS", "1899.03", "2.1", "39.88", null, null);
        // employer = 195.10 + 48.15 + 296.65 + 119.80 + 6.85 + 2.28 + 95.74 + 20.54 + 2.28 + 18.26 = 805.65
        totaux(b, "2281.89", "447.88", "1834.01", "1899.03", "39.88", "1794.13", "805.65", "3087.54");
    }

    @Test
    void partTimeEightyPercentIsPaidSixSeventhsWithTppAndPmssAtEightyPercent() {
        Bulletin b = calculer(Agent.titulaire(450).quotite("0.8").nbi(10).zone(ZoneResidence.ZONE_2).ifse("200")
                .tpp(CategorieTpp.B), JANVIER_2026);
        // 80 % is paid 6/7 of the full-time treatment (CGFP art. L612-5)
        gain(b, "TIB", "1898.79"); // 450 x point x 6 / 7 = 1898.7879
        gain(b, "NBI", "42.20"); // 10 x point x 6 / 7 = 42.1953
        // IR on the traitement soumis à retenue pour pension, TIB + NBI (décret 85-1148 art. 9, loi 91-73 art. 27):
        // 1 % x (1898.79 + 42.20) = 19.4099 (floor 1 % x round(366 x point x 6 / 7) = 15.44)
        gain(b, "IR", "19.41");
        gain(b, "IFSE", "200.00"); // given as due for the month, not prorated by the engine
        gain(b, "TPP", "18.53"); // 278 x 0.8 / 12 = 18.5333 (working time)
        absente(b, "IND_DIFF"); // SMIC x 0.8 = 1458.42 < 1898.79
        // gross = 1898.79 + 42.20 + 19.41 + 200 - 18.53 = 2141.87
        cotisation(b, "CNRACL", "1940.99", "11.10", "215.45", "37.65", "730.78"); // 215.4499 / 730.7827
        // RAFP base = min(2141.87 - 1940.99 = 200.88, 20 % x 1898.79 = 379.76): 10.044
        cotisation(b, "RAFP", "200.88", "5", "10.04", "5", "10.04");
        // FNAL capped at the PMSS prorated by the working time: 4005 x 0.8 = 3204.00, not reached
        cotisation(b, "FNAL", "1940.99", null, null, "0.10", "1.94");
        // CSG base = 98.25 % x 2141.87 = 2104.3873 -> 2104.39: 143.0985 / 50.5054 / 10.5220
        cotisation(b, "CSG_DED", "2104.39", "6.8", "143.10", null, null);
        // employee = 215.45 + 10.04 + 143.10 + 50.51 + 10.52 = 429.62; net before tax 1712.25; taxable 1773.28
        // in [1683 ; 1791[: 1.3 % = 23.0526 -> 23.05
        cotisation(b, "PAS", "1773.28", "1.3", "23.05", null, null);
        // employer = 730.78 + 10.04 + (9.88 + 0.30 + 5.25 + 0.10 + 0.90 + 0.10 + 0.80 + 0.10) % of 1940.99 = 1079.13
        totaux(b, "2141.87", "429.62", "1712.25", "1773.28", "23.05", "1689.20", "1079.13", "3221.00");
    }

    @Test
    void titulaireOnATwentyHourPostIsUnderTheRegimeGeneral() {
        Bulletin b = calculer(Agent.titulaire(380).heures("20"), JANVIER_2026);
        assertEquals(RegimeRetraite.REGIME_GENERAL, b.regime()); // 20 h < 28 h
        gain(b, "TIB", "1068.95"); // 380 x point x 20 / 35 = 1068.9471
        absente(b, "IND_DIFF"); // SMIC x 20 / 35 = 1041.73 < 1068.95
        // PMSS prorated 4005 x 20 / 35 = 2288.57, above the gross: vieillesse 73.7576 / 91.3952
        cotisation(b, "VIEILLESSE_PLAF", "1068.95", "6.90", "73.76", "8.55", "91.40");
        cotisation(b, "VIEILLESSE_DEPLAF", "1068.95", "0.40", "4.28", "2.11", "22.55"); // 4.2758 / 22.5548
        cotisation(b, "MALADIE", "1068.95", null, null, "13", "138.96"); // 138.9635
        cotisation(b, "IRCANTEC_A", "1068.95", "2.80", "29.93", "4.20", "44.90"); // 29.9306 / 44.8959
        // CSG base = 98.25 % x 1068.95 = 1050.2434 -> 1050.24: 71.4163 / 25.2058 / 5.2512
        cotisation(b, "CSG_DED", "1050.24", "6.8", "71.42", null, null);
        // employee = 73.76 + 4.28 + 29.93 + 71.42 + 25.21 + 5.25 = 209.85; net 859.10; taxable 889.56 < 1620: 0 %
        cotisation(b, "PAS", "889.56", "0", "0.00", null, null);
        // employer = 91.40 + 22.55 + 138.96 + 56.12 + 3.21 + 1.07 + 44.90 + 9.62 + 1.07 + 8.55 = 377.45
        totaux(b, "1068.95", "209.85", "859.10", "889.56", "0.00", "859.10", "377.45", "1446.40");
    }

    @Test
    void stagiaireOnAThirtyHourPostStaysAtTheCnraclWithProratedPay() {
        Bulletin b = calculer(Agent.titulaire(370).statut(Statut.STAGIAIRE).heures("30").zone(ZoneResidence.ZONE_1)
                .enfants(1), JANVIER_2026);
        assertEquals(RegimeRetraite.CNRACL, b.regime()); // 30 h >= 28 h
        gain(b, "TIB", "1561.23"); // 370 x point x 30 / 35 = 1561.2255
        gain(b, "IR", "46.84"); // 3 % x 1561.23 = 46.8369 (floor 3 % x 1544.35 = 46.33)
        // temps non complet: the SFT follows the hours, without the temps partiel floor: 2.29 x 30 / 35 = 1.9629
        gain(b, "SFT", "1.96");
        gain(b, "IND_DIFF", "1.37"); // round(1823.03 x 30 / 35) = 1562.60 - 1561.23
        // gross = 1561.23 + 46.84 + 1.96 + 1.37 = 1611.40; RAFP base = 1611.40 - 1561.23 = 50.17 -> 2.5085 -> 2.51
        cotisation(b, "RAFP", "50.17", "5", "2.51", "5", "2.51");
        // CSG base 1583.20 (1583.1905): 107.66 / 38.00 / 7.92; employee = 173.30 + 2.51 + 107.66 + 38.00 + 7.92
        totaux(b, "1611.40", "329.39", "1282.01", "1327.93", "0.00", "1282.01", "862.42", "2473.82");
    }

    @Test
    void tranchesAAndBAboveThePmss() {
        Bulletin b = calculer(Agent.contractuel(900).ifse("1500").enfants(2).effectif(120), JANVIER_2026);
        gain(b, "TIB", "4430.51"); // 900 x point = 4430.505 exactly -> half up 4430.51
        // SFT: IM 900 capped at 722: round(722 x point) = 3554.25; 3 % = 106.6275 -> 106.63; + 10.67 = 117.30
        gain(b, "SFT", "117.30");
        // gross = 4430.51 + 117.30 + 1500 = 6047.81
        // capped at the PMSS 4005: 6.90 % = 276.345 -> 276.35; 8.55 % = 342.4275 -> 342.43
        cotisation(b, "VIEILLESSE_PLAF", "4005.00", "6.90", "276.35", "8.55", "342.43");
        cotisation(b, "VIEILLESSE_DEPLAF", "6047.81", "0.40", "24.19", "2.11", "127.61"); // 24.1912 / 127.6088
        // IRCANTEC base = 6047.81 - 117.30 = 5930.51; A up to 4005: 112.14 / 168.21
        cotisation(b, "IRCANTEC_A", "4005.00", "2.80", "112.14", "4.20", "168.21");
        // B = 5930.51 - 4005 = 1925.51 (below 8 x PMSS): 6.95 % = 133.8229; 12.55 % = 241.6515
        cotisation(b, "IRCANTEC_B", "1925.51", "6.95", "133.82", "12.55", "241.65");
        cotisation(b, "FNAL", "6047.81", null, null, "0.50", "30.24"); // 120 agents: uncapped, 30.2391
        // CSG base = 98.25 % x 6047.81 = 5941.9733 -> 5941.97: 404.0540 / 142.6073 / 29.7099
        cotisation(b, "CSG_DED", "5941.97", "6.8", "404.05", null, null);
        // employee = 276.35 + 24.19 + 112.14 + 133.82 + 404.05 + 142.61 + 29.71 = 1122.87; net 4924.94
        // taxable = 4924.94 + 142.61 + 29.71 = 5097.26, in [4648 ; 5574[: 15.8 % = 805.3671 -> 805.37
        cotisation(b, "PAS", "5097.26", "15.8", "805.37", null, null);
        totaux(b, "6047.81", "1122.87", "4924.94", "5097.26", "805.37", "4119.57", "2140.87", "8188.68");
    }

    @Test
    void rafpBaseIsCappedAtTwentyPercentOfTheTib() {
        Bulletin b = calculer(Agent.titulaire(500).zone(ZoneResidence.ZONE_1).ifse("800").tpp(CategorieTpp.B),
                JANVIER_2026);
        gain(b, "TIB", "2461.39"); // 500 x point = 2461.3917
        gain(b, "IR", "73.84"); // 3 % = 73.8417
        gain(b, "TPP", "23.17"); // 278 / 12 = 23.1667
        // gross = 2461.39 + 73.84 + 800 - 23.17 = 3312.06; gross - TIB = 850.67 > cap 20 % x 2461.39 = 492.278
        cotisation(b, "RAFP", "492.28", "5", "24.61", "5", "24.61"); // 24.614
        cotisation(b, "CNRACL", "2461.39", "11.10", "273.21", "37.65", "926.71"); // 273.2143 / 926.7133
        // taxable 2792.96 in [2714 ; 3107[: 7.5 % = 209.472 -> 209.47
        totaux(b, "3312.06", "613.47", "2698.59", "2792.96", "209.47", "2489.12", "1380.33", "4692.39");
    }

    @Test
    void smicTopUpAtIndex366Comparing2026TibOnly() {
        Bulletin b = calculer(Agent.titulaire(366).tpp(CategorieTpp.C), JANVIER_2026);
        gain(b, "TIB", "1801.74"); // 366 x point = 1801.7387
        gain(b, "IND_DIFF", "21.29"); // SMIC 1823.03 - 1801.74; the TPP is left out of the comparison
        // gross = 1801.74 - 13.92 + 21.29 = 1809.11; RAFP base = 1809.11 - 1801.74 = 7.37 -> 0.3685 -> 0.37
        cotisation(b, "RAFP", "7.37", "5", "0.37", "5", "0.37");
        totaux(b, "1809.11", "372.78", "1436.33", "1487.88", "0.00", "1436.33", "992.77", "2801.88");
    }

    @Test
    void residenceAllowanceNeverBelowItsAmountAtIndex366() {
        Bulletin b = calculer(Agent.titulaire(350).zone(ZoneResidence.ZONE_1), JANVIER_2026);
        gain(b, "TIB", "1722.97"); // 350 x point = 1722.9742
        // 3 % x 1722.97 = 51.69 is below 3 % x round(366 x point) = 3 % x 1801.74 = 54.0522 -> 54.05
        gain(b, "IR", "54.05");
        gain(b, "IND_DIFF", "100.06"); // 1823.03 - 1722.97: the IR stays out of the SMIC comparison
    }

    @Test
    void threeChildren() {
        Bulletin b = calculer(Agent.titulaire(600).zone(ZoneResidence.ZONE_2).enfants(3).ifse("300")
                .tpp(CategorieTpp.A), JANVIER_2026);
        gain(b, "TIB", "2953.67"); // 600 x point = 2953.67
        gain(b, "IR", "29.54"); // 1 % = 29.5367
        // 3 children: 15.24 + 8 % x round(600 x point) = 15.24 + 236.2936 (-> 236.29) = 251.53
        gain(b, "SFT", "251.53");
        gain(b, "TPP", "32.42"); // 389 / 12 = 32.4167
        // gross = 2953.67 + 29.54 + 251.53 + 300 - 32.42 = 3502.32; RAFP min(548.65, 590.73) = 548.65 -> 27.4325
        cotisation(b, "RAFP", "548.65", "5", "27.43", "5", "27.43");
        // taxable 2913.04 in [2714 ; 3107[: 7.5 % = 218.478 -> 218.48
        totaux(b, "3502.32", "689.07", "2813.25", "2913.04", "218.48", "2594.77", "1654.30", "5156.62");
    }

    @Test
    void fourChildrenWithIndexAboveTheSftCeiling() {
        Bulletin b = calculer(Agent.titulaire(750).nbi(20).zone(ZoneResidence.ZONE_1).enfants(4), JANVIER_2026);
        gain(b, "TIB", "3692.09"); // 750 x point = 3692.0875
        gain(b, "NBI", "98.46"); // 20 x point = 98.4557
        gain(b, "IR", "113.72"); // 3 % x (TIB + NBI) = 3 % x 3790.55 = 113.7165
        // 4 children: fixed 15.24 + 4.57 = 19.81; rate 8 + 6 = 14 % of round(min(750 + 20, 722) x point) = 3554.25
        // 14 % x 3554.25 = 497.595 -> 497.60; SFT = 517.41
        gain(b, "SFT", "517.41");
        // gross = 3692.09 + 98.46 + 113.72 + 517.41 = 4421.68; RAFP = min(631.13, 738.42) x 5 % = 31.5565 -> 31.56
        cotisation(b, "RAFP", "631.13", "5", "31.56", "5", "31.56");
        // CSG base 4344.30: 295.41 / 104.26 / 21.72; employee = 420.75 + 31.56 + 295.41 + 104.26 + 21.72 = 873.70
        // taxable 3673.96 in [3539 ; 3983[: 11.9 % = 437.2012 -> 437.20
        totaux(b, "4421.68", "873.70", "3547.98", "3673.96", "437.20", "3110.78", "2119.38", "6541.06");
    }

    @Test
    void personalPasRateReplacesTheTauxNeutre() {
        Bulletin b = calculer(Agent.titulaire(400).nbi(15).enfants(2).ifse("250").tpp(CategorieTpp.C).tauxPas("7.5"),
                JANVIER_2026);
        // same payslip as domain.md 2.5, PAS = 7.5 % x 1956.84 = 146.763 -> 146.76; net = 1889.69 - 146.76
        cotisation(b, "PAS", "1956.84", "7.5", "146.76", null, null);
        assertEquals("Prélèvement à la source (taux personnalisé)", b.ligne("PAS").orElseThrow().libelle());
        totaux(b, "2356.75", "467.06", "1889.69", "1956.84", "146.76", "1742.93", "1140.93", "3497.68");
    }

    @Test
    void january2025UsesThe2025Values() {
        Bulletin b = calculer(Agent.titulaire(366).ifse("150").tpp(CategorieTpp.C), YearMonth.of(2025, 1));
        gain(b, "IND_DIFF", "0.06"); // SMIC 2025 1801.80 - 1801.74
        // gross = 1801.74 + 150 - 13.92 + 0.06 = 1937.88; CNRACL employer 34.65 % x 1801.74 = 624.3029
        cotisation(b, "CNRACL", "1801.74", "11.10", "199.99", "34.65", "624.30");
        cotisation(b, "RAFP", "136.14", "5", "6.81", "5", "6.81"); // 1937.88 - 1801.74; 6.807
        // CSG base 1903.97 (1903.9671): 129.4700 / 45.6953 / 9.5199; employee = 199.99 + 6.81 + 129.47 + 45.70
        // + 9.52 = 391.49; net 1546.39; taxable 1601.61 in [1591 ; 1653[ of the 2024 grid: 0.5 % = 8.008 -> 8.01
        cotisation(b, "PAS", "1601.61", "0.5", "8.01", null, null);
        totaux(b, "1937.88", "391.49", "1546.39", "1601.61", "8.01", "1538.38", "945.15", "2883.03");
    }

    @Test
    void tauxNeutreGridChangesOnMay2025() {
        // same agent as in January 2025: taxable 1601.61 -> 0.5 % in April 2025, below the new 1620 threshold in May
        Agent agent = Agent.titulaire(366).ifse("150").tpp(CategorieTpp.C);
        cotisation(calculer(agent, YearMonth.of(2025, 4)), "PAS", "1601.61", "0.5", "8.01", null, null);
        cotisation(calculer(agent, YearMonth.of(2025, 5)), "PAS", "1601.61", "0", "0.00", null, null);
    }

    @Test
    void pmss2025CapsTheFnalOfSmallEmployers() {
        // IM 900: TIB + NBI = 4430.51; FNAL 0.10 % on min(4430.51, PMSS): 2025 3925 -> 3.925 -> 3.93, 2026 4005 -> 4.01
        Agent agent = Agent.titulaire(900).tpp(CategorieTpp.A).effectif(49);
        cotisation(calculer(agent, YearMonth.of(2025, 1)), "FNAL", "3925.00", null, null, "0.10", "3.93");
        cotisation(calculer(agent, JANVIER_2026), "FNAL", "4005.00", null, null, "0.10", "4.01");
    }

    @Test
    void fnalOfFiftyAgentsOrMoreIsUncappedAtHalfAPercent() {
        Bulletin b = calculer(Agent.titulaire(900).tpp(CategorieTpp.A).effectif(50), JANVIER_2026);
        cotisation(b, "FNAL", "4430.51", null, null, "0.50", "22.15"); // 22.1526
        absente(b, "RAFP"); // gross - TIB = -32.42 (TPP, no prime): no RAFP base
        // employer with 49 agents was 2439.89 (FNAL 4.01): 2439.89 - 4.01 + 22.15 = 2458.03
        totaux(b, "4398.09", "910.95", "3487.14", "3612.46", "429.88", "3057.26", "2458.03", "6856.12");
    }

    @Test
    void cnraclThresholdIsTwentyEightHours() {
        assertEquals(RegimeRetraite.CNRACL, calculer(Agent.titulaire(400).heures("28"), JANVIER_2026).regime());
        assertEquals(RegimeRetraite.REGIME_GENERAL,
                calculer(Agent.titulaire(400).heures("27.5"), JANVIER_2026).regime());
    }
}
