package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.en;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static fr.mutualis.payroll.server.tests.Fixtures.paie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.BulletinDetail;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.TotalArticle;

/** The monthly run: one transaction, a re-run replaces the draft, validation locks, a refusal changes nothing. */
class PaieMensuelleTest {

    private static final YearMonth JANVIER = YearMonth.of(2026, 1);

    private CollectiviteId commune;
    private String nir;

    @BeforeEach
    void communeAvecAgents() {
        commune = Fixtures.nouvelleCommune();
        nir = Fixtures.nir();
        enPaie(commune, () -> agents().creerAgent(commune, Fixtures.exemple("A0001", nir)));
        Fixtures.agentsOrdinaires(commune, 9);
    }

    @Test
    void theWorkedExampleIsComputedStoredAndReadBackToTheCent() {
        PaieMois calculee = enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));

        assertEquals(EtatPaie.BROUILLON, calculee.etat());
        assertEquals(10, calculee.nombreBulletins());
        BulletinResume resume = bulletinDe("A0001");
        assertEquals(new BigDecimal("2356.75"), resume.brut());
        assertEquals(new BigDecimal("1832.94"), resume.netAPayer());
        assertEquals(new BigDecimal("3497.68"), resume.coutEmployeur());
        BulletinDetail detail = enPaie(commune, () -> paie().bulletin(commune, resume.id()));
        assertEquals(List.of("TIB", "NBI", "SFT", "IFSE", "TPP", "CNRACL", "RAFP", "MALADIE", "CSA", "AF", "FNAL",
                "CNFPT", "CNFPT_APPRENTISSAGE", "CDG", "ATIACL", "CSG_DED", "CSG_NON_DED", "CRDS", "PAS"),
                detail.bulletin().lignes().stream().map(l -> l.code()).toList());
        assertEquals(new BigDecimal("769.17"), detail.bulletin().ligne("CNRACL").orElseThrow().montantPatronal());
        assertEquals(new BigDecimal("11.1"), detail.bulletin().ligne("CNRACL").orElseThrow().tauxSalarial());
        assertEquals(nir.charAt(0) + " " + nir.substring(1, 3) + " ** ** *** *** **", detail.situation().nirMasque(),
                "a payslip is a document: the NIR is masked even for the payroll role");
        assertEquals(null, detail.situation().codeGrade(), "IM 400 is on no shipped grid: the example has no grade");
        assertEquals(0, detail.situation().echelon());

        JournalPaie journal = enPaie(commune, () -> paie().journal(commune, JANVIER));
        assertEquals(calculee.coutEmployeur(), journal.articles().stream().map(TotalArticle::montant)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(calculee.brut(), journal.totaux().brut());
        assertEquals(10, journal.lignes().get(0).nombre());
    }

    @Test
    void aReRunReplacesTheDraftAndValidationLocksTheMonth() {
        enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));
        long premier = bulletinDe("A0001").id();

        Agent exemple = enPaie(commune, () -> agents().agents(commune)).stream()
                .filter(a -> a.donnees().matricule().equals("A0001")).findFirst().orElseThrow();
        enPaie(commune, () -> agents().modifierAgent(commune, exemple.id(),
                AgentsTest.avecIndice(exemple.donnees(), 410)));
        PaieMois relancee = enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));

        assertEquals(10, relancee.nombreBulletins());
        assertNotEquals(premier, bulletinDe("A0001").id(), "the draft's payslips were replaced");
        assertEquals(10, Fixtures.compter("SELECT COUNT(*) FROM paie_bulletin WHERE collectivite = ?",
                commune.code()), "no payslip of the first run is left");
        assertEquals(1, Fixtures.compter("SELECT COUNT(*) FROM paie_mois WHERE collectivite = ?", commune.code()));
        assertTrue(bulletinDe("A0001").brut().compareTo(new BigDecimal("2356.75")) > 0, "IM 410 pays more");

        PaieMois validee = en(commune, Set.of(Role.ORDONNATEUR), () -> paie().validerPaie(commune, JANVIER));
        assertEquals(EtatPaie.VALIDEE, validee.etat());
        assertEquals("utilisateur.test", validee.valideePar());
        assertEquals("Aucune paie calculée pour décembre 2025 : lancez la paie du mois d'abord.",
                assertThrows(DonneeInvalideException.class, () -> en(commune, Set.of(Role.ORDONNATEUR),
                        () -> paie().validerPaie(commune, JANVIER.minusMonths(1)))).getMessage());

        long bulletinValide = bulletinDe("A0001").id();
        DonneeInvalideException verrou = assertThrows(DonneeInvalideException.class,
                () -> enPaie(commune, () -> paie().lancerPaie(commune, JANVIER)));
        assertEquals("La paie de janvier 2026 est validée : elle ne peut plus être recalculée. Corrigez-la par une "
                + "régularisation sur la paie d'un mois suivant.", verrou.getMessage());
        assertEquals(bulletinValide, bulletinDe("A0001").id());
        assertTrue(assertThrows(DonneeInvalideException.class, () -> en(commune, Set.of(Role.ORDONNATEUR),
                () -> paie().validerPaie(commune, JANVIER))).getMessage()
                .startsWith("La paie de janvier 2026 est déjà validée ("));
        assertEquals(EtatPaie.BROUILLON, enPaie(commune, () -> paie().lancerPaie(commune, JANVIER.plusMonths(1)))
                .etat(), "the next month runs");
    }

    @Test
    void aFailedRunLeavesThePreviousDraftUntouched() {
        PaieMois avant = enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));
        List<BulletinResume> bulletinsAvant = enPaie(commune, () -> paie().bulletins(commune, JANVIER));
        long lignesAvant = Fixtures.compter("SELECT SUM(LENGTH(b.lignes)) FROM paie_bulletin b "
                + "WHERE b.collectivite = ?", commune.code());
        enPaie(commune, () -> agents().creerAgent(commune, Fixtures.contractuel("N0001", 420,
                LocalDate.of(2026, 1, 15))));

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> enPaie(commune, () -> paie().lancerPaie(commune, JANVIER)));

        assertEquals(List.of("Paie de janvier 2026 refusée, rien n'a été modifié (1 problème(s)) :",
                "  - N0001 — CONTRACTUEL Agent N0001 : Entrée en cours de mois (2026-01-15) : le calcul au prorata des "
                        + "jours n'est pas pris en charge, seul un mois complet peut être calculé."), e.erreurs());
        assertEquals(avant, enPaie(commune, () -> paie().etatPaie(commune, JANVIER)));
        assertEquals(bulletinsAvant, enPaie(commune, () -> paie().bulletins(commune, JANVIER)));
        assertEquals(lignesAvant, Fixtures.compter("SELECT SUM(LENGTH(b.lignes)) FROM paie_bulletin b "
                + "WHERE b.collectivite = ?", commune.code()));
        assertEquals(11, enPaie(commune, () -> paie().lancerPaie(commune, YearMonth.of(2026, 2))).nombreBulletins(),
                "from its first full month the new agent is paid");
    }

    @Test
    void aMissingParameterIsNamedAndNothingIsCreated() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> enPaie(commune, () -> paie().lancerPaie(commune, YearMonth.of(2019, 12))));
        assertTrue(e.erreurs().get(0).startsWith("Paie de décembre 2019 refusée, rien n'a été modifié ("),
                e.erreurs().get(0));
        assertTrue(e.erreurs().contains("  - Paramètre manquant pour 2019-12 : valeur du point d'indice"),
                e.erreurs().toString());
        assertEquals(EtatPaie.NON_CALCULEE, enPaie(commune, () -> paie().etatPaie(commune, YearMonth.of(2019, 12)))
                .etat());
    }

    @Test
    void agentsWhoStartAfterTheMonthAreNotPaidAndAMonthWithoutAgentsIsRefused() {
        CollectiviteId vide = Fixtures.nouvelleCommune();
        enPaie(vide, () -> agents().creerAgent(vide, Fixtures.contractuel("N0001", 420, LocalDate.of(2026, 3, 1))));
        assertEquals("Aucun agent en fonction en février 2026 dans la collectivité " + vide.code()
                + " : saisissez les agents avant de lancer la paie.", assertThrows(DonneeInvalideException.class,
                        () -> enPaie(vide, () -> paie().lancerPaie(vide, YearMonth.of(2026, 2)))).getMessage());
        assertEquals(1, enPaie(vide, () -> paie().lancerPaie(vide, YearMonth.of(2026, 3))).nombreBulletins());
    }

    @Test
    void anotherCollectivityCannotReadThePayslips() {
        enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));
        long id = bulletinDe("A0001").id();
        CollectiviteId autre = Fixtures.nouvelleCommune();
        assertEquals("Bulletin de paie introuvable : n° " + id + " dans la collectivité " + autre.code() + ".",
                assertThrows(fr.mutualis.core.api.IntrouvableException.class,
                        () -> enPaie(autre, () -> paie().bulletin(autre, id))).getMessage());
        assertEquals(List.of(), enPaie(autre, () -> paie().bulletins(autre, JANVIER)));
    }

    @Test
    void payslipPdfCarriesTheMentionsAndTheAgentsFullNirAndTheJournalExportsHaveNoNir() throws Exception {
        enPaie(commune, () -> paie().lancerPaie(commune, JANVIER));
        long id = bulletinDe("A0001").id();
        String texte;
        try (PDDocument pdf = Loader.loadPDF(enPaie(commune, () -> paie().bulletinPdf(commune, id)))) {
            texte = new PDFTextStripper().getText(pdf);
        }
        for (String attendu : List.of("Bulletin de paie", "janvier 2026", "Période du 01/01/2026 au 31/01/2026",
                "Commune de paie " + commune.code(), "EXEMPLE Domaine", "A0001", "Net payé", "1 832,94",
                "Montant net social", "1 889,69", "Total versé par l'employeur", "3 497,68", "Retraite CNRACL",
                "BULLETIN PROVISOIRE", "sans limitation de durée", "www.mesdroitssociaux.gouv.fr",
                BulletinCompletTest.groupe(nir))) {
            assertTrue(texte.contains(attendu), "« " + attendu + " » missing from\n" + texte);
        }
        assertFalse(texte.contains("** ** ***"), "the agent's own payslip shows his NIR in full");

        String csv = enPaie(commune, () -> paie().journalCsv(commune, JANVIER));
        assertTrue(csv.contains("012;64111;Rémunération principale (titulaires);"), csv);
        assertFalse(csv.contains(nir));
        try (PDDocument pdf = Loader.loadPDF(enPaie(commune, () -> paie().journalPdf(commune, JANVIER)))) {
            String journal = new PDFTextStripper().getText(pdf);
            assertTrue(journal.contains("Journal de paie") && journal.contains("64111"), journal);
            assertFalse(journal.contains(nir));
        }
    }

    private BulletinResume bulletinDe(String matricule) {
        return enPaie(commune, () -> paie().bulletins(commune, JANVIER)).stream()
                .filter(b -> b.matricule().equals(matricule)).findFirst().orElseThrow();
    }
}
