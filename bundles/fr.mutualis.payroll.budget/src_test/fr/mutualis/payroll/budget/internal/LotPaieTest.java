package fr.mutualis.payroll.budget.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.LigneDuLot;
import fr.mutualis.budget.api.LotMandats;
import fr.mutualis.budget.api.MandatDuLot;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotauxBulletin;

class LotPaieTest {

    private static final Adresse MAIRIE = new Adresse("1 PLACE DE LA MAIRIE", null, "74130", "BRIZON");
    private static final Map<String, Tiers> TIERS = Map.of(
            "PAIE-PERSONNEL", tiers("PERSONNEL COMMUNAL", "PAIE-PERSONNEL"),
            "PAIE-URSSAF", tiers("URSSAF RHONE-ALPES", "PAIE-URSSAF"),
            "PAIE-RETRAITE", tiers("CAISSES DE RETRAITE", "PAIE-RETRAITE"),
            "PAIE-CNFPT-CDG", tiers("CNFPT ET CDG 74", "PAIE-CNFPT-CDG"));

    private static Tiers tiers(String nom, String reference) {
        return new Tiers(nom, null, null, reference, "60", "03", null, MAIRIE, null, null);
    }

    /** The journal of the worked example of domain.md 2.5 (January 2026). */
    private static JournalPaie exemple() {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new JournalPaie(new CollectiviteId("74049"), "Brizon", new PaieMois(YearMonth.of(2026, 1),
                EtatPaie.BROUILLON, 1, new BigDecimal("2356.75"), new BigDecimal("1832.94"), new BigDecimal("3497.68"),
                null, null, null, null), List.of(), List.of(
                        article("6332", "2.04"), article("6336", "36.77"), article("64111", "1969.11"),
                        article("64112", "77.72"), article("64113", "73.84"), article("64118", "236.08"),
                        article("6451", "315.22"), article("6453", "786.90")),
                new TotauxBulletin(zero, zero, zero, zero, zero, zero, zero, zero));
    }

    private static TotalArticle article(String article, String montant) {
        return new TotalArticle(article, "libellé", new BigDecimal(montant));
    }

    private static List<String> lignes(MandatDuLot mandat) {
        return mandat.lignes().stream().map(l -> l.article() + "=" + l.montant()).toList();
    }

    @Test
    void oneMandatPerPayeeWithTheDevelopeeArticles() {
        LotMandats lot = LotPaie.lot(exemple(), Declinaison.M57_D, TIERS, LocalDate.of(2026, 2, 3));

        assertEquals(2026, lot.exercice());
        assertEquals(LocalDate.of(2026, 2, 3), lot.date());
        assertEquals("PAIE JANVIER 2026", lot.objet());
        assertEquals(List.of("PAIE JANVIER 2026 - REMUNERATIONS", "PAIE JANVIER 2026 - URSSAF",
                "PAIE JANVIER 2026 - RETRAITE", "PAIE JANVIER 2026 - CNFPT ET CDG"),
                lot.mandats().stream().map(MandatDuLot::objet).toList());
        assertEquals(List.of("64111=1969.11", "64112=77.72", "64113=73.84", "64118=236.08"),
                lignes(lot.mandats().get(0)));
        assertEquals("PAIE-PERSONNEL", lot.mandats().get(0).tiers().reference());
        assertEquals(List.of("6332=2.04", "6451=315.22"), lignes(lot.mandats().get(1)));
        assertEquals(List.of("6453=786.90"), lignes(lot.mandats().get(2)));
        assertEquals(List.of("6336=36.77"), lignes(lot.mandats().get(3)));
        assertEquals(new BigDecimal("3497.68"), lot.mandats().stream().flatMap(m -> m.lignes().stream())
                .map(LigneDuLot::montant).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void anAbregeeBudgetGetsTheSummedAccounts() {
        LotMandats lot = LotPaie.lot(exemple(), Declinaison.M57_A, TIERS, LocalDate.of(2026, 2, 3));
        assertEquals(List.of("6411=2356.75"), lignes(lot.mandats().get(0)));
        assertEquals(List.of("633=2.04", "6450=315.22"), lignes(lot.mandats().get(1)));
        assertEquals(List.of("6450=786.90"), lignes(lot.mandats().get(2)));
        assertEquals(List.of("633=36.77"), lignes(lot.mandats().get(3)));
    }

    @Test
    void everyMissingPayeeIsNamed() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> LotPaie.lot(exemple(),
                Declinaison.M57_D, Map.of("PAIE-PERSONNEL", TIERS.get("PAIE-PERSONNEL")), LocalDate.of(2026, 2, 3)));
        assertEquals(List.of(
                "Tiers de paie manquant dans le répertoire du budget : enregistrez l'URSSAF (cotisations sociales et "
                        + "FNAL) avec la référence « PAIE-URSSAF » avant de valider la paie.",
                "Tiers de paie manquant dans le répertoire du budget : enregistrez les caisses de retraite (CNRACL, "
                        + "RAFP, IRCANTEC) avec la référence « PAIE-RETRAITE » avant de valider la paie.",
                "Tiers de paie manquant dans le répertoire du budget : enregistrez le CNFPT et le centre de gestion "
                        + "avec la référence « PAIE-CNFPT-CDG » avant de valider la paie."),
                e.erreurs());
    }

    @Test
    void aMonthPaidOutsideItsExerciceIsDatedAtItsEdge() {
        assertEquals(LocalDate.of(2026, 12, 31), LotPaie.dateDansExercice(LocalDate.of(2027, 1, 20), 2026));
        assertEquals(LocalDate.of(2027, 1, 1), LotPaie.dateDansExercice(LocalDate.of(2026, 12, 20), 2027));
    }
}
