package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.en;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.api.ComptabilisationPaie;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.server.internal.PaieServiceImpl;
import fr.mutualis.payroll.server.internal.PaieStore;
import fr.mutualis.payroll.server.internal.ReferentielPaie;
import fr.mutualis.testing.OsgiServices;

/**
 * The hook the glue bundle implements: called with the month's journal when a month is validated, inside the
 * validation; its refusal (the budget's short credits) refuses the validation as a whole.
 */
class ComptabilisationTest {

    private static final YearMonth MARS = YearMonth.of(2026, 3);

    private CollectiviteId commune;

    @BeforeEach
    void paieCalculee() {
        commune = Fixtures.nouvelleCommune();
        enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", Fixtures.nir())));
        Fixtures.agentsOrdinaires(commune, 4);
        enPaie(commune, () -> Fixtures.paie().lancerPaie(commune, MARS));
    }

    private static PaieServiceImpl avec(ComptabilisationPaie comptabilisation) {
        return new PaieServiceImpl(OsgiServices.service(PaieStore.class), OsgiServices.service(ReferentielPaie.class),
                OsgiServices.service(PersonalDataCipher.class), OsgiServices.service(Administration.class),
                OsgiServices.service(AuditJournal.class), comptabilisation);
    }

    private PaieMois valider(PaieServiceImpl service) {
        return en(commune, Set.of(Role.ORDONNATEUR), () -> service.validerPaie(commune, MARS));
    }

    @Test
    void theHookGetsTheJournalAndItsSummaryIsKeptWithTheValidatedMonth() {
        List<JournalPaie> recus = new ArrayList<>();
        PaieMois validee = valider(avec((collectivite, journal) -> {
            recus.add(journal);
            return "4 mandats émis sur le chapitre 012 (n° 1 à 4).";
        }));

        assertEquals(EtatPaie.VALIDEE, validee.etat());
        assertEquals("4 mandats émis sur le chapitre 012 (n° 1 à 4).", validee.comptabilisation());
        assertEquals(validee, enPaie(commune, () -> Fixtures.paie().etatPaie(commune, MARS)));
        JournalPaie journal = recus.get(0);
        assertEquals(commune, journal.collectivite());
        assertEquals(5, journal.paie().nombreBulletins());
        assertEquals(validee.coutEmployeur(), journal.articles().stream().map(TotalArticle::montant)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(1, Fixtures.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? AND operation = "
                + "'paie.valider' AND objet LIKE '%4 mandats émis%'", commune.code()));
    }

    @Test
    void aRefusalOfTheBudgetRefusesTheValidationAsAWhole() {
        String manque = "Mandat 1 du lot (PERSONNEL) : Crédits insuffisants au chapitre 012 (dépenses de "
                + "fonctionnement) : crédits ouverts 1 000,00 €, déjà mandaté 0,00 €, montant demandé 9 000,00 €, "
                + "manque 8 000,00 €.";
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> valider(avec(
                (collectivite, journal) -> {
                    throw new DonneeInvalideException(List.of(manque));
                })));

        assertEquals(List.of(manque), e.erreurs());
        assertEquals(EtatPaie.BROUILLON, enPaie(commune, () -> Fixtures.paie().etatPaie(commune, MARS)).etat());
        assertEquals(0, Fixtures.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? AND operation = "
                + "'paie.valider'", commune.code()));
        assertEquals(EtatPaie.BROUILLON, enPaie(commune, () -> Fixtures.paie().lancerPaie(commune, MARS)).etat(),
                "the month can still be run again");
    }

    @Test
    void withoutTheGlueBundleAValidationIssuesNothing() {
        assertNull(valider(avec(null)).comptabilisation());
    }
}
