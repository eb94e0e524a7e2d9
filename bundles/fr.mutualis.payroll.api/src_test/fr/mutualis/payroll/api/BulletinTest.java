package fr.mutualis.payroll.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;

class BulletinTest {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private static BigDecimal d(String valeur) {
        return new BigDecimal(valeur);
    }

    // Gains 1000 + 100, deduction 10 -> brut 1090; employee contributions 100 (deductible) + 20 (non deductible)
    // -> net before tax 970, taxable 990; tax 9.90 -> net paid 960.10; employer 200 -> cost 1290.
    private static final List<LigneBulletin> LIGNES = List.of(
            new LigneBulletin("TIB", "Traitement", NatureLigne.GAIN, null, null, d("1000"), null, ZERO),
            new LigneBulletin("IFSE", "IFSE", NatureLigne.GAIN, null, null, d("100"), null, ZERO),
            new LigneBulletin("TPP", "Transfert primes/points", NatureLigne.DEDUCTION, null, null, d("10"), null, ZERO),
            new LigneBulletin("CNRACL", "CNRACL", NatureLigne.COTISATION, d("1000"), d("10"), d("100"), d("20"),
                    d("200")),
            new LigneBulletin("CRDS", "CRDS", NatureLigne.CONTRIBUTION_NON_DEDUCTIBLE, d("1000"), d("2"), d("20"), null,
                    ZERO),
            new LigneBulletin("PAS", "Prélèvement à la source", NatureLigne.IMPOT, d("990"), d("1"), d("9.90"), null,
                    ZERO));

    @Test
    void totalsAreSumsOfTheLines() {
        TotauxBulletin totaux = TotauxBulletin.calculer(LIGNES);
        assertEquals(new TotauxBulletin(d("1090"), d("120"), d("970"), d("990"), d("9.90"), d("960.10"), d("200"),
                d("1290")), totaux);
        assertEquals(d("960.10"), new Bulletin(YearMonth.of(2026, 1), RegimeRetraite.CNRACL, LIGNES, totaux).totaux()
                .netAPayer());
    }

    @Test
    void refusesTotalsThatDoNotMatchTheLines() {
        TotauxBulletin faux = new TotauxBulletin(d("1091"), d("120"), d("970"), d("990"), d("9.90"), d("960.10"),
                d("200"), d("1290"));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new Bulletin(YearMonth.of(2026, 1), RegimeRetraite.CNRACL, LIGNES, faux));
        assertEquals("Bulletin de 2026-01 incohérent : ses totaux ne sont pas la somme de ses lignes.", e.getMessage());
    }

    @Test
    void refusesANegativeOrSubCentLine() {
        assertThrows(DonneeInvalideException.class,
                () -> new LigneBulletin("TIB", "Traitement", NatureLigne.GAIN, null, null, d("-1"), null, ZERO));
        assertThrows(DonneeInvalideException.class,
                () -> new LigneBulletin("TIB", "Traitement", NatureLigne.GAIN, null, null, d("1.001"), null, ZERO));
        assertThrows(DonneeInvalideException.class,
                () -> new LigneBulletin("X", "X", NatureLigne.COTISATION, d("1"), d("120"), ZERO, null, ZERO));
    }
}
