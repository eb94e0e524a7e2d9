package fr.mutualis.payroll.server.calcul;

import static fr.mutualis.payroll.server.calcul.Verifications.absente;
import static fr.mutualis.payroll.server.calcul.Verifications.cotisation;
import static fr.mutualis.payroll.server.calcul.Verifications.totaux;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.CategorieTpp;

/**
 * RAFP base capped at 20 % of the TIB over the civil year (décret 2004-569 art. 2), cumulated month by month:
 * base of the month = min(sum of gross - TIB - NBI, round(20 % x sum of TIB)) - bases already declared. IM 400, full
 * time, zone 3: TIB 1969.11 a month; IFSE 100 in January, 700 in February, 100 in March 2026.
 */
class MoteurPaieRafpAnnuelTest {

    private static final BigDecimal TIB = new BigDecimal("1969.11");

    private final MoteurPaie moteur = new MoteurPaie(Verifications.parametres());

    private Bulletin calculer(String ifse, int mois, CumulRafp cumul) {
        return moteur.calculer(Agent.titulaire(400).ifse(ifse).situation(), YearMonth.of(2026, mois), List.of(),
                List.of(), cumul);
    }

    @Test
    void januaryIsTheMonthlyRule() {
        cotisation(calculer("100", 1, CumulRafp.AUCUN), "RAFP", "100.00", "5", "5.00", "5", "5.00");
        assertEquals(moteur.calculer(Agent.titulaire(400).ifse("100").situation(), YearMonth.of(2026, 1)),
                calculer("100", 1, CumulRafp.AUCUN));
    }

    @Test
    void februaryUsesTheRoomJanuaryLeft() {
        // cap over two months round(20 % x 3938.22) = 787.644 -> 787.64; accessories 100 + 700 = 800; base = 787.64
        // - 100 declared in January = 687.64 (the monthly rule would stop at 20 % x 1969.11 = 393.82): 34.382 -> 34.38
        Bulletin fevrier = calculer("700", 2, new CumulRafp(new BigDecimal("100.00"), TIB, new BigDecimal("100.00")));
        cotisation(fevrier, "RAFP", "687.64", "5", "34.38", "5", "34.38");
        // gross 2669.11; CNRACL 218.57 / 741.37; CSG base 2622.40: 178.32 / 62.94 / 13.11; employee = 218.57 + 34.38
        // + 178.32 + 62.94 + 13.11 = 507.32; net 2161.79; taxable 2237.84 in [2151 ; 2294[: 4.1 % = 91.7514 -> 91.75
        totaux(fevrier, "2669.11", "507.32", "2161.79", "2237.84", "91.75", "2070.04", "1118.97", "3788.08");
    }

    @Test
    void marchRegularisesWhatTheCapHeldBack() {
        // cap over three months round(20 % x 5907.33) = 1181.466 -> 1181.47; accessories 900: base = 900 - 787.64 =
        // 112.36, more than March's own 100: the 12.36 February could not take come back (5 % = 5.618 -> 5.62)
        Bulletin mars = calculer("100", 3, new CumulRafp(new BigDecimal("800.00"), TIB.add(TIB),
                new BigDecimal("787.64")));
        cotisation(mars, "RAFP", "112.36", "5", "5.62", "5", "5.62");
    }

    @Test
    void aMonthAlreadyCoveredDeclaresNothing() {
        // a category C agent with no prime: gross - TIB = - TPP; the year's accessories fall below what was declared,
        // no negative base is declared (no line; a payslip line is never negative)
        Bulletin b = moteur.calculer(Agent.titulaire(400).tpp(CategorieTpp.C).situation(), YearMonth.of(2026, 3),
                List.of(), List.of(), new CumulRafp(new BigDecimal("200.00"), TIB.add(TIB), new BigDecimal("200.00")));
        absente(b, "RAFP");
    }

    @Test
    void noAccessoriesAtAllDeclareNothing() {
        absente(moteur.calculer(Agent.titulaire(400).situation(), YearMonth.of(2026, 3), List.of(), List.of(),
                new CumulRafp(BigDecimal.ZERO.setScale(2), TIB.add(TIB), BigDecimal.ZERO.setScale(2))), "RAFP");
    }

    @Test
    void fourMonthsChainedAsTheRunDoesEndAtTheYearsCapToTheCent() {
        // what the run does: each month gets the sum of what the earlier months gave (CumulsRafp), then adds its own
        MoteurPaie.BulletinCalcule janvier = moteur.calculerAvecRafp(Agent.titulaire(400).ifse("100").situation(),
                YearMonth.of(2026, 1), List.of(), List.of(), CumulRafp.AUCUN);
        CumulRafp cumul = CumulRafp.AUCUN.plus(janvier.rafpDuMois());
        assertEquals(new CumulRafp(new BigDecimal("100.00"), TIB, new BigDecimal("100.00")), cumul);
        MoteurPaie.BulletinCalcule fevrier = moteur.calculerAvecRafp(Agent.titulaire(400).ifse("700").situation(),
                YearMonth.of(2026, 2), List.of(), List.of(), cumul);
        cotisation(fevrier.bulletin(), "RAFP", "687.64", "5", "34.38", "5", "34.38");
        cumul = cumul.plus(fevrier.rafpDuMois());
        MoteurPaie.BulletinCalcule mars = moteur.calculerAvecRafp(Agent.titulaire(400).ifse("100").situation(),
                YearMonth.of(2026, 3), List.of(), List.of(), cumul);
        cotisation(mars.bulletin(), "RAFP", "112.36", "5", "5.62", "5", "5.62");
        cumul = cumul.plus(mars.rafpDuMois());
        assertEquals(new CumulRafp(new BigDecimal("900.00"), new BigDecimal("5907.33"), new BigDecimal("900.00")),
                cumul, "after March the year's base is min(accessories 900, round(20 % x 5907.33) = 1181.47)");
        // April: IFSE 1,000: accessories of the year 1,900 > cap round(20 % x 7876.44) = 1575.288 -> 1575.29; base
        // 1575.29 - 900 = 675.29 (the monthly rule would give 393.82); 5 % = 33.7645 -> 33.76
        MoteurPaie.BulletinCalcule avril = moteur.calculerAvecRafp(Agent.titulaire(400).ifse("1000").situation(),
                YearMonth.of(2026, 4), List.of(), List.of(), cumul);
        cotisation(avril.bulletin(), "RAFP", "675.29", "5", "33.76", "5", "33.76");
        cumul = cumul.plus(avril.rafpDuMois());
        assertEquals(new CumulRafp(new BigDecimal("1900.00"), new BigDecimal("7876.44"), new BigDecimal("1575.29")),
                cumul, "the year's base is min(accessories, 20 % x TIB), whatever the months' split");
        // May: IFSE 100, accessories 2,000, cap round(20 % x 9845.55) = 1969.11: base 1969.11 - 1575.29 = 393.82
        MoteurPaie.BulletinCalcule mai = moteur.calculerAvecRafp(Agent.titulaire(400).ifse("100").situation(),
                YearMonth.of(2026, 5), List.of(), List.of(), cumul);
        cotisation(mai.bulletin(), "RAFP", "393.82", "5", "19.69", "5", "19.69");
        // employee RAFP January-May: 5.00 + 34.38 + 5.62 + 33.76 + 19.69 = 98.45 (5 % x 1969.11 = 98.4555)
    }
}
