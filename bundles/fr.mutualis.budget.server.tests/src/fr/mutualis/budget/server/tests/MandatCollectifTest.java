package fr.mutualis.budget.server.tests;

import static fr.mutualis.budget.server.tests.Donnees.BUDGET;
import static fr.mutualis.budget.server.tests.Donnees.EXERCICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.EmissionMandats;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.LigneDuLot;
import fr.mutualis.budget.api.LotMandats;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.MandatDuLot;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.testing.OsgiServices;

/**
 * A mandat collectif (the payroll's net pay): each line has its own creditor, an agent of the répertoire found by his
 * reference, kept with the line (budget schema V5), his IBAN encrypted, brought up to date when it changes, shown only
 * to the ordonnateur; a bad IBAN on one line refuses the whole lot.
 */
class MandatCollectifTest {

    private static final Tiers PERSONNEL = new Tiers("PERSONNEL COMMUNAL", null, null, "PAIE-PERSONNEL", "23", "09",
            null, new Adresse("1 PLACE DE LA MAIRIE", null, "74130", "BRIZON"), null, null);

    private CollectiviteId commune;

    @BeforeEach
    void commune() {
        commune = Donnees.nouvelleCommune();
        Donnees.budgetVote(Donnees.utilisateur(commune, Role.ORDONNATEUR), commune);
    }

    private <T> T en(Role role, Supplier<T> travail) {
        return new CallContext("essai." + role.name().toLowerCase(), commune, Set.of(role), "test").run(travail);
    }

    private static Tiers agent(String matricule, String nom, String civilite, String iban) {
        return new Tiers(nom, "Prénom", null, "AGENT-" + matricule, "01", "01", null, null, iban, "BNPAFRPP",
                civilite);
    }

    private static LotMandats lot(Tiers premier, Tiers second) {
        return new LotMandats(EXERCICE, null, LocalDate.of(EXERCICE, 11, 25), "PAIE NOVEMBRE 2026", List.of(
                new MandatDuLot("PAIE NOVEMBRE 2026 - NETS A PAYER", PERSONNEL, "03", List.of(
                        new LigneDuLot("6411", null, new BigDecimal("1832.94"), "PAIE NOVEMBRE 2026 A0001", premier),
                        new LigneDuLot("6413", null, new BigDecimal("1654.20"), "PAIE NOVEMBRE 2026 A0002", second)),
                        List.of())));
    }

    private List<Mandat> emettre(LotMandats lot) {
        return en(Role.PAIE, () -> OsgiServices.service(EmissionMandats.class).emettre(commune, lot));
    }

    @Test
    void eachLineKeepsItsCreditorAndHisEncryptedAccount() {
        emettre(lot(agent("A0001", "DUPONT", "Mme", "FR7630004000031234567890143"),
                agent("A0002", "MARTIN", "M.", "FR1420041010050500013M02606")));

        assertEquals(2, Donnees.compter("SELECT COUNT(*) FROM budget_ligne_piece WHERE collectivite = ? "
                + "AND tiers_id IS NOT NULL", commune.code()));
        String chiffre = (String) Donnees.valeur("SELECT iban_chiffre FROM budget_tiers WHERE collectivite = ? "
                + "AND reference = 'AGENT-A0001'", commune.code());
        assertTrue(chiffre.startsWith("v1:") && !chiffre.contains("3000400003"), chiffre);

        Piece vu = en(Role.ORDONNATEUR, () -> OsgiServices.service(ExecutionService.class).piece(commune, BUDGET,
                EXERCICE, Sens.DEPENSE, 1));
        assertEquals("PERSONNEL COMMUNAL", vu.tiers().nom());
        Tiers martin = vu.lignes().get(1).creancier();
        assertEquals("MARTIN", martin.nom());
        assertEquals("M.", martin.civilite());
        assertNull(martin.adresse());
        assertEquals("FR1420041010050500013M02606", martin.iban());
        Piece masque = en(Role.SAISIE, () -> OsgiServices.service(ExecutionService.class).piece(commune, BUDGET,
                EXERCICE, Sens.DEPENSE, 1));
        assertNull(masque.lignes().get(1).creancier().iban(), "bank details only for the ordonnateur");
        assertEquals("MARTIN", masque.lignes().get(1).creancier().nom());
    }

    @Test
    void anAgentWhoseAccountChangedIsUpdatedNotDuplicated() {
        emettre(lot(agent("A0001", "DUPONT", "Mme", "FR7630004000031234567890143"),
                agent("A0002", "MARTIN", "M.", "FR1420041010050500013M02606")));
        long tiers = Donnees.compter("SELECT COUNT(*) FROM budget_tiers WHERE collectivite = ?", commune.code());
        emettre(lot(agent("A0001", "DUPONT", "Mme", "FR1420041010050500013M02606"),
                agent("A0002", "MARTIN", "M.", "FR1420041010050500013M02606")));

        assertEquals(tiers, Donnees.compter("SELECT COUNT(*) FROM budget_tiers WHERE collectivite = ?",
                commune.code()));
        Piece second = en(Role.ORDONNATEUR, () -> OsgiServices.service(ExecutionService.class).piece(commune, BUDGET,
                EXERCICE, Sens.DEPENSE, 2));
        assertEquals("FR1420041010050500013M02606", second.lignes().get(0).creancier().iban());
        assertEquals(1, Donnees.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? AND operation = "
                + "'tiers.modifier'", commune.code()));
    }

    @Test
    void aBadIbanOnOneLineRefusesTheWholeLot() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> emettre(lot(
                agent("A0001", "DUPONT", "Mme", "FR7630004000031234567890143"),
                agent("A0002", "MARTIN", "M.", "FR1420041010050500013M02607"))));
        assertEquals(1, e.erreurs().size(), e.erreurs().toString());
        assertTrue(e.erreurs().get(0).startsWith("Mandat 1 du lot (PERSONNEL COMMUNAL), ligne 2 : Tiers MARTIN Prénom "
                + ": IBAN invalide"), e.erreurs().toString());
        assertEquals(0, Donnees.compter("SELECT COUNT(*) FROM budget_piece WHERE collectivite = ?", commune.code()));
        assertEquals(0, Donnees.compter("SELECT COUNT(*) FROM budget_tiers WHERE collectivite = ?", commune.code()));
        assertFalse(e.erreurs().isEmpty());
    }
}
