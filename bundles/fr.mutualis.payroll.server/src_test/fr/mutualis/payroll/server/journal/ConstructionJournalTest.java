package fr.mutualis.payroll.server.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.server.DonneesLivrees;

class ConstructionJournalTest {

    private static final CollectiviteId BRIZON = new CollectiviteId("74049");

    private static JournalPaie journal(List<BulletinPaye> bulletins) {
        return ConstructionJournal.construire(BRIZON, "Brizon", PaieMois.nonCalculee(DonneesLivrees.JANVIER_2026),
                bulletins);
    }

    private static Map<String, String> articles(JournalPaie journal) {
        return journal.articles().stream().collect(Collectors.toMap(TotalArticle::article,
                a -> a.montant().toPlainString()));
    }

    @Test
    void workedExampleIsChargedToTheTitulairesArticlesAndTheOrganisms() {
        JournalPaie journal = journal(List.of(new BulletinPaye(Statut.TITULAIRE, DonneesLivrees.bulletinExemple())));

        assertEquals(Map.of(
                "64111", "1969.11", // TIB
                "64112", "77.72", // SFT (no IR in zone 3)
                "64113", "73.84", // NBI
                "64118", "236.08", // IFSE 250.00 - TPP 13.92
                "6451", "315.22", // maladie 201.84 + CSA 6.13 + AF 107.25
                "6453", "786.90", // CNRACL 769.17 + RAFP 15.69 + ATIACL 2.04
                "6332", "2.04", // FNAL
                "6336", "36.77"), // CNFPT 18.39 + apprentissage 2.04 + CDG 16.34
                articles(journal));
        assertEquals(new BigDecimal("3497.68"), sum(journal.articles()), "articles add up to the employer's cost");
        assertEquals(new BigDecimal("3497.68"), journal.totaux().coutEmployeur());
        assertEquals(new BigDecimal("1832.94"), journal.totaux().netAPayer());
        assertEquals(List.of("6332", "6336", "64111", "64112", "64113", "64118", "6451", "6453"),
                journal.articles().stream().map(TotalArticle::article).toList());
    }

    @Test
    void contractuelsGoTo6413AndLinesAreSummedOverPayslips() {
        Bulletin exemple = DonneesLivrees.bulletinExemple();
        Bulletin contractuel = DonneesLivrees.moteur().calculer(DonneesLivrees.contractuel(),
                DonneesLivrees.JANVIER_2026);
        JournalPaie journal = journal(List.of(new BulletinPaye(Statut.TITULAIRE, exemple),
                new BulletinPaye(Statut.CONTRACTUEL, contractuel), new BulletinPaye(Statut.TITULAIRE, exemple)));

        Map<String, String> articles = articles(journal);
        assertEquals(contractuel.ligne("TIB").orElseThrow().montantSalarial().toPlainString(), articles.get("64131"));
        assertEquals(contractuel.ligne("IR").orElseThrow().montantSalarial().toPlainString(), articles.get("64132"));
        assertEquals("120.00", articles.get("64138"));
        assertEquals("3938.22", articles.get("64111"), "two titulaires");
        assertEquals(journal.totaux().coutEmployeur(), sum(journal.articles()));
        assertEquals(exemple.totaux().brut().multiply(BigDecimal.valueOf(2)).add(contractuel.totaux().brut()),
                journal.totaux().brut());

        TotalLigneJournal tib = journal.lignes().get(0);
        assertEquals("TIB", tib.code());
        assertEquals(3, tib.nombre());
        TotalLigneJournal ifse = journal.lignes().stream().filter(l -> l.code().equals("IFSE")).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("620.00"), ifse.montantSalarial());
        assertEquals("PAS", journal.lignes().get(journal.lignes().size() - 1).code(), "the tax comes last");
    }

    @Test
    void everyLineOfTheEngineHasAnArticle() {
        assertEquals("64118", ImputationsBudgetaires.articleRemuneration("CIA", Statut.STAGIAIRE));
        assertEquals("64138", ImputationsBudgetaires.articleRemuneration("Prime", Statut.CONTRACTUEL));
        assertEquals("64131", ImputationsBudgetaires.articleRemuneration("IND_DIFF", Statut.CONTRACTUEL));
        assertEquals("6453", ImputationsBudgetaires.articlePatronal("IRCANTEC_B"));
        assertEquals("6451", ImputationsBudgetaires.articlePatronal("VIEILLESSE_DEPLAF"));
        assertThrows(IllegalStateException.class, () -> ImputationsBudgetaires.articlePatronal("PAS"));
    }

    private static BigDecimal sum(List<TotalArticle> articles) {
        return articles.stream().map(TotalArticle::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
