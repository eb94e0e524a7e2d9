package fr.mutualis.payroll.server.calcul;

import static fr.mutualis.payroll.server.calcul.Verifications.cotisation;
import static fr.mutualis.payroll.server.calcul.Verifications.gain;
import static fr.mutualis.payroll.server.calcul.Verifications.totaux;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureLigne;
import fr.mutualis.payroll.api.ZoneResidence;

/**
 * Rappel (recall) of an échelon change entered after the months it takes effect in: the difference of each pay line,
 * paid with a later month as lines of its own (point = 5907.34 / 1200; every amount rounded half up to the cent).
 */
class MoteurPaieRappelTest {

    private static final YearMonth NOVEMBRE_2025 = YearMonth.of(2025, 11);
    private static final YearMonth DECEMBRE_2025 = YearMonth.of(2025, 12);

    private final MoteurPaie moteur = new MoteurPaie(Verifications.parametres());

    private static Agent agent(int indice) {
        return Agent.titulaire(indice).zone(ZoneResidence.ZONE_1).enfants(2);
    }

    private Rappel rappel(YearMonth mois, LocalDate effet) {
        return moteur.rappel(agent(400).situation(), agent(410).situation(), mois, effet, List.of());
    }

    @Test
    void aWholeMonthOwesTheDifferenceOfEachPayLine() {
        // IM 400 -> 410 from 1 November 2025: TIB 1969.11 -> 410 x point = 2018.3412 -> 2018.34, + 49.23; IR 3 %
        // 59.07 -> 60.55 (60.5502), + 1.48; SFT unchanged (both indices below the floor 454), so no line
        Rappel novembre = rappel(NOVEMBRE_2025, LocalDate.of(2025, 11, 1));
        assertEquals(List.of("RAPPEL_TIB", "RAPPEL_IR"), novembre.lignes().stream().map(LigneBulletin::code).toList());
        assertEquals(new BigDecimal("49.23"), novembre.lignes().get(0).montantSalarial());
        assertEquals("Rappel novembre 2025 : Traitement indiciaire brut (IM 410)", novembre.lignes().get(0).libelle());
        assertEquals(new BigDecimal("1.48"), novembre.lignes().get(1).montantSalarial());
        assertEquals(new BigDecimal("49.23"), novembre.traitement());
        assertEquals(new BigDecimal("0.00"), novembre.nbi());
    }

    @Test
    void aChangeInTheMiddleOfAMonthOwesItsThirtieths() {
        // from 15 November: 16/30 (15 to 30): 49.23 x 16 / 30 = 26.256 -> 26.26; 1.48 x 16 / 30 = 0.7893 -> 0.79
        Rappel rappel = rappel(NOVEMBRE_2025, LocalDate.of(2025, 11, 15));
        assertEquals(new BigDecimal("26.26"), rappel.lignes().get(0).montantSalarial());
        assertEquals(new BigDecimal("0.79"), rappel.lignes().get(1).montantSalarial());
        assertTrue(rappel.lignes().get(0).libelle().endsWith(" (16/30)"), rappel.lignes().get(0).libelle());
    }

    @Test
    void januaryPaysTheRappelsOfNovemberAndDecemberAsItsOwnLines() {
        List<Rappel> rappels = List.of(rappel(NOVEMBRE_2025, LocalDate.of(2025, 11, 1)),
                rappel(DECEMBRE_2025, LocalDate.of(2025, 11, 1)));
        Bulletin b = moteur.calculer(agent(410).situation(), YearMonth.of(2026, 1), List.of(), rappels);
        gain(b, "TIB", "2018.34");
        gain(b, "IR", "60.55");
        assertEquals(2, b.lignes().stream().filter(l -> l.code().equals("RAPPEL_TIB")).count());
        // gross = 2018.34 + 60.55 + SFT 77.72 (10.67 + 3 % x round(454 x point) = 67.05) + 2 x (49.23 + 1.48)
        // = 2258.03; pension base = TIB + the rappels of TIB = 2018.34 + 98.46 = 2116.80
        cotisation(b, "CNRACL", "2116.80", "11.10", "234.96", "37.65", "796.98"); // 234.9648 / 796.9752
        // RAFP base = min(2258.03 - 2116.80 = 141.23, 20 % x 2116.80 = 423.36): 7.0615 -> 7.06
        cotisation(b, "RAFP", "141.23", "5", "7.06", "5", "7.06");
        // CSG base 98.25 % x 2258.03 = 2218.5145 -> 2218.51: 150.8587 / 53.2442 / 11.0926; employee = 234.96 + 7.06
        // + 150.86 + 53.24 + 11.09 = 457.21; net 1800.82; taxable 1865.15 in [1791 ; 1911[: 2.1 % = 39.1682 -> 39.17
        // employer = 796.98 + 7.06 + (9.88 + 0.30 + 5.25 + 0.10 + 0.90 + 0.10 + 0.80 + 0.10) % of 2116.80 = 1173.00
        totaux(b, "2258.03", "457.21", "1800.82", "1865.15", "39.17", "1761.65", "1173.00", "3431.03");
    }

    @Test
    void aDecreaseIsADeductionAndAFutureChangeHasNoRappel() {
        Rappel baisse = moteur.rappel(agent(410).situation(), agent(400).situation(), NOVEMBRE_2025,
                LocalDate.of(2025, 11, 1), List.of());
        assertEquals(NatureLigne.DEDUCTION, baisse.lignes().get(0).nature());
        assertEquals(new BigDecimal("49.23"), baisse.lignes().get(0).montantSalarial());
        assertEquals(new BigDecimal("-49.23"), baisse.traitement());
        DonneeInvalideException futur = assertThrows(DonneeInvalideException.class,
                () -> rappel(NOVEMBRE_2025, LocalDate.of(2025, 12, 1)));
        assertEquals("Aucun rappel pour novembre 2025 : le changement ne prend effet que le 01/12/2025.",
                futur.getMessage());
    }
}
