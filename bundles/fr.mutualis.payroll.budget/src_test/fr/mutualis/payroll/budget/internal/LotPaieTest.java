package fr.mutualis.payroll.budget.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.LigneDuLot;
import fr.mutualis.budget.api.LotMandats;
import fr.mutualis.budget.api.MandatDuLot;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.AgentCreancier;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.LigneMandatement;
import fr.mutualis.payroll.api.Organisme;

class LotPaieTest {

    private static final CollectiviteId BRIZON = new CollectiviteId("74049");
    private static final YearMonth JANVIER = YearMonth.of(2026, 1);
    private static final Adresse MAIRIE = new Adresse("1 PLACE DE LA MAIRIE", null, "74130", "BRIZON");
    private static final AgentCreancier DUPONT = agent("A0001", "DUPONT", "Marie", "Mme",
            new CompteBancaire("FR7630004000031234567890143", "BNPAFRPP"), "1832.94");
    private static final AgentCreancier MARTIN = agent("A0002", "MARTIN", "Paul", "M.",
            new CompteBancaire("FR1420041010050500013M02606", "PSSTFRPPPAR"), "1600.00");

    private static AgentCreancier agent(String matricule, String nom, String prenom, String civilite,
            CompteBancaire compte, String net) {
        return new AgentCreancier(matricule, nom, prenom, civilite, compte, new BigDecimal("2356.75"),
                new BigDecimal("2356.75").subtract(new BigDecimal(net)), new BigDecimal(net));
    }

    private static Map<String, Tiers> tiers() {
        Map<String, Tiers> tiers = new HashMap<>();
        tiers.put(LotPaie.PERSONNEL, organisme("PERSONNEL COMMUNAL", LotPaie.PERSONNEL));
        for (Organisme o : Organisme.values()) {
            tiers.put(o.reference(), organisme(o.name(), o.reference()));
        }
        return tiers;
    }

    private static Tiers organisme(String nom, String reference) {
        return new Tiers(nom, null, null, reference, "60", "03", null, MAIRIE, null, null);
    }

    private static List<LigneMandatement> lignes() {
        return List.of(new LigneMandatement("64111", new BigDecimal("1832.94"), DUPONT, null, "PAIE JANVIER 2026 A0001"),
                new LigneMandatement("64131", new BigDecimal("1500.00"), MARTIN, null, "PAIE JANVIER 2026 A0002"),
                new LigneMandatement("64138", new BigDecimal("100.00"), MARTIN, null, "PAIE JANVIER 2026 A0002"),
                new LigneMandatement("64111", new BigDecimal("136.17"), null, Organisme.URSSAF, "PAIE JANVIER 2026"),
                new LigneMandatement("6451", new BigDecimal("315.22"), null, Organisme.URSSAF, "PAIE JANVIER 2026"),
                new LigneMandatement("6453", new BigDecimal("786.90"), null, Organisme.CNRACL, "PAIE JANVIER 2026"),
                new LigneMandatement("64111", new BigDecimal("56.75"), null, Organisme.DGFIP, "PAIE JANVIER 2026"));
    }

    private static List<String> lignes(MandatDuLot mandat) {
        return mandat.lignes().stream().map(l -> l.article() + "=" + l.montant()
                + (l.creancier() == null ? "" : "@" + l.creancier().reference())).toList();
    }

    @Test
    void theNetPayMandatPaysEachAgentOnHisLineThenEachOrganismHasItsMandat() {
        LotMandats lot = LotPaie.lot(BRIZON, JANVIER, lignes(), tiers(), LocalDate.of(2026, 2, 3));

        assertEquals(List.of("PAIE JANVIER 2026 - NETS A PAYER", "PAIE JANVIER 2026 - URSSAF",
                "PAIE JANVIER 2026 - CNRACL", "PAIE JANVIER 2026 - DGFIP"),
                lot.mandats().stream().map(MandatDuLot::objet).toList());
        MandatDuLot nets = lot.mandats().get(0);
        assertEquals(LotPaie.PERSONNEL, nets.tiers().reference());
        assertEquals(List.of("64111=1832.94@AGENT-A0001", "64131=1500.00@AGENT-A0002", "64138=100.00@AGENT-A0002"),
                lignes(nets));
        Tiers dupont = nets.lignes().get(0).creancier();
        assertEquals("01", dupont.categorie());
        assertEquals("Mme", dupont.civilite());
        assertEquals("FR7630004000031234567890143", dupont.iban());
        assertEquals("BNPAFRPP", dupont.bic());
        assertNull(dupont.adresse());
        assertEquals("PAIE74049202601", nets.piecesJustificatives().get(0).idUnique());
        assertEquals("journal-paie-74049-2026-01.pdf", nets.piecesJustificatives().get(0).nom());
        assertEquals(List.of("64111=136.17", "6451=315.22"), lignes(lot.mandats().get(1)));
        assertEquals(List.of("6453=786.90"), lignes(lot.mandats().get(2)));
        assertEquals(List.of("64111=56.75"), lignes(lot.mandats().get(3)));
        assertEquals(new BigDecimal("4727.98"), lot.mandats().stream().flatMap(m -> m.lignes().stream())
                .map(LigneDuLot::montant).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void anAgentWithoutBankAccountAndEveryMissingPayeeAreNamed() {
        AgentCreancier sansCompte = agent("A0003", "DURAND", "Léa", "Mme", null, "1000.00");
        List<LigneMandatement> lignes = List.of(
                new LigneMandatement("64111", new BigDecimal("1000.00"), sansCompte, null, "PAIE JANVIER 2026 A0003"),
                new LigneMandatement("6453", new BigDecimal("786.90"), null, Organisme.CNRACL, "PAIE JANVIER 2026"));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> LotPaie.lot(BRIZON, JANVIER,
                lignes, Map.of(LotPaie.PERSONNEL, tiers().get(LotPaie.PERSONNEL)), LocalDate.of(2026, 2, 3)));
        assertEquals(List.of("Coordonnées bancaires manquantes pour l'agent A0003 — DURAND Léa : saisissez son IBAN "
                + "et son BIC dans sa fiche avant de valider la paie, le comptable paie chaque agent par virement.",
                "Tiers de paie manquant dans le répertoire du budget : enregistrez la CNRACL (retraite des "
                        + "fonctionnaires et ATIACL) avec la référence « PAIE-CNRACL » avant de valider la paie."),
                e.erreurs());
    }

    @Test
    void aMonthPaidOutsideItsExerciceIsDatedAtItsEdge() {
        assertEquals(LocalDate.of(2026, 12, 31), LotPaie.dateDansExercice(LocalDate.of(2027, 1, 20), 2026));
        assertEquals(LocalDate.of(2027, 1, 1), LotPaie.dateDansExercice(LocalDate.of(2026, 12, 20), 2027));
    }
}
