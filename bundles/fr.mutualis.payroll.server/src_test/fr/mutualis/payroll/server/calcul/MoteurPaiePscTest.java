package fr.mutualis.payroll.server.calcul;

import static fr.mutualis.payroll.server.calcul.Verifications.absente;
import static fr.mutualis.payroll.server.calcul.Verifications.cotisation;
import static fr.mutualis.payroll.server.calcul.Verifications.gain;
import static fr.mutualis.payroll.server.calcul.Verifications.totaux;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.NatureElement;

/**
 * The employer's participations to the protection sociale complémentaire (décret 2022-581): minimum 7 € prévoyance
 * from 2025, 15 € santé from 2026; outside the contribution bases, in the CSG base at 100 %, in the taxable net;
 * forfait social 8 % from 11 agents.
 */
class MoteurPaiePscTest {

    private static final YearMonth JANVIER_2026 = YearMonth.of(2026, 1);

    private final MoteurPaie moteur = new MoteurPaie(Verifications.parametres());

    /** The worked example of domain.md 2.5 (IM 400, NBI 15, 2 children, IFSE 250, TPP C), 10 agents. */
    private static Agent exemple() {
        return Agent.titulaire(400).nbi(15).enfants(2).ifse("250").tpp(CategorieTpp.C);
    }

    @Test
    void theWorkedExampleWithPrevoyanceAndSanteToTheCent() {
        Bulletin b = moteur.calculer(exemple().participation(NatureElement.PARTICIPATION_PREVOYANCE, "7")
                .participation(NatureElement.PARTICIPATION_SANTE, "15").situation(), JANVIER_2026);
        gain(b, "PSC_PREVOYANCE", "7.00");
        gain(b, "PSC_SANTE", "15.00");
        // pension and RAFP bases as without them: CNRACL 2042.95, RAFP 313.80 (gross 2356.75 - TIB - NBI)
        cotisation(b, "CNRACL", "2042.95", "11.10", "226.77", "37.65", "769.17");
        cotisation(b, "RAFP", "313.80", "5", "15.69", "5", "15.69");
        // CSG base round(98.25 % x 2356.75) = 2315.51, + 22.00 at 100 % = 2337.51: 158.9507 -> 158.95, 56.10024 ->
        // 56.10, 11.68755 -> 11.69
        cotisation(b, "CSG_DED", "2337.51", "6.8", "158.95", null, "0.00");
        // gross 2378.75; employee 226.77 + 15.69 + 158.95 + 56.10 + 11.69 = 469.20; net 1909.55; taxable + 56.10 +
        // 11.69 = 1977.34 (both participations in it) in [1911 ; 2042[: 2.9 % = 57.34286 -> 57.34; net paid 1852.21;
        // employer 1140.93 as in the example (10 agents: no forfait social); cost 3519.68
        totaux(b, "2378.75", "469.20", "1909.55", "1977.34", "57.34", "1852.21", "1140.93", "3519.68");
        absente(b, "FORFAIT_SOCIAL");
    }

    @Test
    void elevenAgentsPayTheForfaitSocialOnTheParticipations() {
        Bulletin b = moteur.calculer(exemple().effectif(11).participation(NatureElement.PARTICIPATION_PREVOYANCE, "12")
                .participation(NatureElement.PARTICIPATION_SANTE, "20").situation(), JANVIER_2026);
        // 8 % x 32.00 = 2.56, employer only
        cotisation(b, "FORFAIT_SOCIAL", "32.00", null, "0.00", "8", "2.56");
    }

    @Test
    void aContractuelsIrcantecAndUrssafBasesLeaveThemOut() {
        Bulletin sans = moteur.calculer(Agent.contractuel(420).ifse("120").situation(), JANVIER_2026);
        Bulletin avec = moteur.calculer(Agent.contractuel(420).ifse("120")
                .participation(NatureElement.PARTICIPATION_SANTE, "15").situation(), JANVIER_2026);
        for (String code : List.of("IRCANTEC_A", "VIEILLESSE_PLAF", "VIEILLESSE_DEPLAF", "MALADIE", "AF")) {
            assertEquals(base(sans, code), base(avec, code), code);
        }
        assertEquals(base(sans, "CSG_DED").add(new java.math.BigDecimal("15.00")), base(avec, "CSG_DED"));
        assertEquals(sans.totaux().brut().add(new java.math.BigDecimal("15.00")), avec.totaux().brut());
    }

    @Test
    void aParticipationBelowTheMinimumInForceIsRefused() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> moteur.calculer(exemple()
                .participation(NatureElement.PARTICIPATION_PREVOYANCE, "5")
                .participation(NatureElement.PARTICIPATION_SANTE, "10").situation(), JANVIER_2026));
        assertEquals(List.of("Participation de l'employeur à la prévoyance de 5,00 € inférieure au minimum de 7,00 € "
                + "par mois en vigueur en janvier 2026 (décret n° 2022-581 du 20 avril 2022, art. 2).",
                "Participation de l'employeur à la complémentaire santé de 10,00 € inférieure au minimum de 15,00 € par "
                        + "mois en vigueur en janvier 2026 (décret n° 2022-581 du 20 avril 2022, art. 2)."),
                e.erreurs());
        // before 1 January 2026 the santé participation has no minimum (the prévoyance one has, since 2025)
        Bulletin decembre = moteur.calculer(exemple().participation(NatureElement.PARTICIPATION_SANTE, "10")
                .situation(), YearMonth.of(2025, 12));
        gain(decembre, "PSC_SANTE", "10.00");
    }

    private static java.math.BigDecimal base(Bulletin b, String code) {
        return b.ligne(code).map(LigneBulletin::base).orElseThrow(() -> new AssertionError(code));
    }
}
