package fr.mutualis.payroll.server.calcul;

import static fr.mutualis.payroll.server.calcul.Verifications.cotisation;
import static fr.mutualis.payroll.server.calcul.Verifications.gain;
import static fr.mutualis.payroll.server.calcul.Verifications.totaux;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.RegimeRetraite;

/**
 * The worked payslip of domain.md section 2.5: January 2026, CNRACL titulaire, full time, IM 400, NBI 15 points,
 * zone 3, 2 children, IFSE 250.00, category C (TPP), taux neutre, fewer than 50 agents.
 */
class ExempleDomaineTest {

    private final Bulletin bulletin = new MoteurPaie(Verifications.parametres()).calculer(
            Agent.titulaire(400).nbi(15).enfants(2).ifse("250").tpp(CategorieTpp.C).situation(), YearMonth.of(2026, 1));

    @Test
    void payLinesAndGross() {
        // point = 5907.34 / 100 / 12 = 4.9227833...
        gain(bulletin, "TIB", "1969.11"); // 400 x point = 1969.113 -> 1969.11
        gain(bulletin, "NBI", "73.84"); // 15 x point = 73.84175 -> 73.84
        // SFT 2 children: 10.67 + 3 % x round(max(400 + 15, 454) x point) = 10.67 + 3 % x 2234.94 (67.0482 -> 67.05)
        gain(bulletin, "SFT", "77.72");
        gain(bulletin, "IFSE", "250.00");
        gain(bulletin, "TPP", "13.92"); // deduction: 167 / 12 = 13.9166 -> 13.92
        Verifications.absente(bulletin, "IR"); // zone 3: 0 %
        Verifications.absente(bulletin, "IND_DIFF"); // TIB 1969.11 > SMIC 1823.03
        // gross = 1969.11 + 73.84 + 77.72 + 250.00 - 13.92 = 2356.75
        assertEquals(RegimeRetraite.CNRACL, bulletin.regime());
    }

    @Test
    void contributionLines() {
        // CNRACL on TIB + NBI = 2042.95: 11.10 % = 226.767 -> 226.77; 37.65 % = 769.1707 -> 769.17
        cotisation(bulletin, "CNRACL", "2042.95", "11.10", "226.77", "37.65", "769.17");
        // RAFP base = min(2356.75 - 2042.95 = 313.80, 20 % x 1969.11 = 393.82): 5 % = 15.69
        cotisation(bulletin, "RAFP", "313.80", "5", "15.69", "5", "15.69");
        cotisation(bulletin, "MALADIE", "2042.95", null, null, "9.88", "201.84"); // 201.8435
        cotisation(bulletin, "CSA", "2042.95", null, null, "0.30", "6.13"); // 6.12885
        cotisation(bulletin, "AF", "2042.95", null, null, "5.25", "107.25"); // 107.2549
        cotisation(bulletin, "FNAL", "2042.95", null, null, "0.10", "2.04"); // under the PMSS 4005
        cotisation(bulletin, "CNFPT", "2042.95", null, null, "0.90", "18.39"); // 18.38655
        cotisation(bulletin, "CNFPT_APPRENTISSAGE", "2042.95", null, null, "0.10", "2.04"); // 18.39 + 2.04 = 20.43
        cotisation(bulletin, "CDG", "2042.95", null, null, "0.80", "16.34"); // 16.3436
        cotisation(bulletin, "ATIACL", "2042.95", null, null, "0.10", "2.04");
        // CSG/CRDS base = 98.25 % x 2356.75 = 2315.506875 -> 2315.51
        cotisation(bulletin, "CSG_DED", "2315.51", "6.8", "157.45", null, null); // 157.45468
        cotisation(bulletin, "CSG_NON_DED", "2315.51", "2.4", "55.57", null, null); // 55.57224
        cotisation(bulletin, "CRDS", "2315.51", "0.5", "11.58", null, null); // 11.57755
        // taxable net 1956.84 is in [1911 ; 2042[ of the May 2025 grid still used in January 2026: 2.9 % = 56.748
        cotisation(bulletin, "PAS", "1956.84", "2.9", "56.75", null, null);
    }

    @Test
    void totalsMatchTheWorkedExample() {
        // employee: 226.77 + 15.69 + 157.45 + 55.57 + 11.58 = 467.06; net before tax = 2356.75 - 467.06 = 1889.69
        // taxable = 1889.69 + 55.57 + 11.58 = 1956.84; net paid = 1889.69 - 56.75 = 1832.94
        // employer: 769.17 + 15.69 + 201.84 + 6.13 + 107.25 + 2.04 + 20.43 + 16.34 + 2.04 = 1140.93; cost 3497.68
        totaux(bulletin, "2356.75", "467.06", "1889.69", "1956.84", "56.75", "1832.94", "1140.93", "3497.68");
    }

    @Test
    void linesComeInPrintingOrder() {
        List<String> codes = bulletin.lignes().stream().map(LigneBulletin::code).toList();
        assertEquals(List.of("TIB", "NBI", "SFT", "IFSE", "TPP", "CNRACL", "RAFP", "MALADIE", "CSA", "AF", "FNAL",
                "CNFPT", "CNFPT_APPRENTISSAGE", "CDG", "ATIACL", "CSG_DED", "CSG_NON_DED", "CRDS", "PAS"), codes);
    }
}
