package fr.mutualis.payroll.server.calcul;

import static fr.mutualis.payroll.server.calcul.Verifications.gain;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/**
 * SFT under temps partiel and temps non complet (décret 85-1148 art. 10 bis; CGFP art. L612-5; temps non complet:
 * prorated by the hours without floor). Full time, 2 children, IM 600: 10.67 + 3 % x round(600 x point) = 10.67 +
 * 88.61 (88.6101) = 99.28.
 */
class MoteurPaieSftTest {

    private static final YearMonth JANVIER_2026 = YearMonth.of(2026, 1);

    private final MoteurPaie moteur = new MoteurPaie(Verifications.parametres());

    @Test
    void partTimeIsPaidItsShareOfTheSft() {
        // 80 %: 99.28 x 6 / 7 = 85.0971 -> 85.10; 90 %: 99.28 x 32 / 35 = 90.7703 -> 90.77 (both above the floor)
        gain(moteur.calculer(Agent.titulaire(600).enfants(2).quotite("0.8").situation(), JANVIER_2026), "SFT",
                "85.10");
        gain(moteur.calculer(Agent.titulaire(600).enfants(2).quotite("0.9").situation(), JANVIER_2026), "SFT",
                "90.77");
    }

    @Test
    void partTimeNeverGetsLessThanAFullTimerAtTheMinimum() {
        // IM 400, 2 children: the full-time SFT is the minimum (floor IM 454) 77.72; 6/7 would be 66.62: 77.72 stays
        gain(moteur.calculer(Agent.titulaire(400).enfants(2).quotite("0.8").situation(), JANVIER_2026), "SFT",
                "77.72");
        // one child: 2.29 (6/7 would be 1.96)
        gain(moteur.calculer(Agent.titulaire(400).enfants(1).quotite("0.5").situation(), JANVIER_2026), "SFT",
                "2.29");
    }

    @Test
    void aPostOfFewerHoursProratesWithoutFloor() {
        // 20 h post (temps non complet): 77.72 x 20 / 35 = 44.4114 -> 44.41; one child 2.29 x 20 / 35 = 1.3086 -> 1.31
        gain(moteur.calculer(Agent.titulaire(400).enfants(2).heures("20").situation(), JANVIER_2026), "SFT",
                "44.41");
        gain(moteur.calculer(Agent.titulaire(400).enfants(1).heures("20").situation(), JANVIER_2026), "SFT", "1.31");
    }
}
