package fr.mutualis.payroll.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.BulletinDetail;
import fr.mutualis.payroll.api.ComplementsBulletin;
import fr.mutualis.payroll.api.CumulsAnnuels;
import fr.mutualis.payroll.api.Employeur;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.TotalLigneJournal;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PresentationBulletin;
import fr.mutualis.payroll.api.PresentationBulletin.Genre;
import fr.mutualis.payroll.api.PresentationBulletin.Rangee;
import fr.mutualis.payroll.api.SituationBulletin;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.server.DonneesLivrees;
import fr.mutualis.payroll.server.journal.BulletinPaye;
import fr.mutualis.payroll.server.journal.ConstructionJournal;

class DocumentsTest {

    private static final CollectiviteId BRIZON = new CollectiviteId("74049");

    static BulletinDetail exemple(EtatPaie etat, String nom) {
        return new BulletinDetail(7, etat, new Employeur(BRIZON, "Brizon", "217400498"),
                new SituationBulletin(3, "A0001", nom, "Marie", "2 69 ** ** *** *** **", Statut.TITULAIRE, "C2", 8,
                        400, 15, new BigDecimal("35"), BigDecimal.ONE),
                DonneesLivrees.bulletinExemple());
    }

    @Test
    void presentationOfTheWorkedExampleCarriesTheMentionsOfAFrenchPayslip() {
        PresentationBulletin p = PresentationBulletin.de(exemple(EtatPaie.BROUILLON, "DUPONT"));

        assertEquals("Bulletin de paie — janvier 2026", p.titre());
        assertEquals("Période du 01/01/2026 au 31/01/2026", p.periode());
        assertTrue(p.agent().contains(new PresentationBulletin.Champ("N° de sécurité sociale",
                "2 69 ** ** *** *** **")));
        assertTrue(p.agent().contains(new PresentationBulletin.Champ("Grade (grille) et échelon", "C2, échelon 8")));
        assertEquals(List.of("Traitement indiciaire brut (IM 400)", "", "", "1 969,11", "", "", ""), cellules(p, 1));
        assertEquals(new Rangee(Genre.TOTAL, List.of("Rémunération brute", "", "", "2 356,75", "", "", "")),
                p.rangees().stream().filter(r -> r.cellules().get(0).equals("Rémunération brute")).findFirst()
                        .orElseThrow());
        Rangee cnracl = p.rangees().stream().filter(r -> r.cellules().get(0).startsWith("Retraite CNRACL"))
                .findFirst().orElseThrow();
        assertEquals(List.of("2 042,95", "11,10", "", "226,77", "37,65", "769,17"), cnracl.cellules().subList(1, 7));
        assertEquals(List.of("Total des cotisations et contributions", "", "", "", "467,06", "", "1 140,93"),
                p.rangees().stream().filter(r -> r.genre() == Genre.TOTAL).toList().get(1).cellules());
        assertTrue(p.rangees().contains(new Rangee(Genre.LIGNE, List.of("Prélèvement à la source (taux neutre)",
                "1 956,84", "2,90", "", "56,75", "", ""))));
        assertEquals(List.of("Net payé", "", "", "1 832,94", "", "", ""), p.rangees().get(p.rangees().size() - 1)
                .cellules());
        assertTrue(p.recapitulatif().contains(new PresentationBulletin.Champ("Montant net social", "1 889,69")));
        assertTrue(p.recapitulatif().contains(new PresentationBulletin.Champ("Total versé par l'employeur",
                "3 497,68")));
        assertEquals(3, p.mentions().size());
        assertTrue(p.mentions().get(0).startsWith("BULLETIN PROVISOIRE"));
        assertTrue(p.mentions().get(1).contains("conservez ce bulletin de paie sans limitation de durée"));
        assertTrue(p.mentions().get(2).contains("www.mesdroitssociaux.gouv.fr"));
        assertEquals(2, PresentationBulletin.de(exemple(EtatPaie.VALIDEE, "DUPONT")).mentions().size());
    }

    @Test
    void completePayslipShowsEmployerIdentityFullNirGradeNameCumulsAndAbsences() {
        ComplementsBulletin complements = new ComplementsBulletin("269054958815780", "Place de la Mairie, 74200 Brizon",
                "21740049800010", "Échelle C2 de la catégorie C (grille C2)", new CumulsAnnuels(java.time.YearMonth.of(2026, 1),
                        java.time.YearMonth.of(2026, 3), new BigDecimal("7070.25"), new BigDecimal("5870.52"),
                        new BigDecimal("170.25")), List.of("Grève le 12/03/2026 (1/30e)"));
        PresentationBulletin p = PresentationBulletin.de(exemple(EtatPaie.VALIDEE, "DUPONT"), complements);

        assertEquals(List.of(new PresentationBulletin.Champ("Employeur", "Brizon"),
                new PresentationBulletin.Champ("Adresse", "Place de la Mairie, 74200 Brizon"),
                new PresentationBulletin.Champ("SIRET", "217 400 498 00010"),
                new PresentationBulletin.Champ("Code INSEE / SIREN", "74049"),
                new PresentationBulletin.Champ("SIREN", "217400498")), p.employeur());
        assertTrue(p.agent().contains(new PresentationBulletin.Champ("N° de sécurité sociale",
                "2 69 05 49 588 157 80")));
        assertTrue(p.agent().contains(new PresentationBulletin.Champ("Grade (grille) et échelon",
                "Échelle C2 de la catégorie C (grille C2), échelon 8")));
        assertTrue(p.agent().contains(new PresentationBulletin.Champ("Absences de la période",
                "Grève le 12/03/2026 (1/30e)")));
        assertEquals(List.of("Cumul de l'année", "janvier 2026 à mars 2026", "Cumul brut", "7 070,25",
                "Cumul net imposable", "5 870,52", "Cumul impôt prélevé à la source", "170,25"),
                p.recapitulatif().subList(5, 9).stream().flatMap(c -> java.util.stream.Stream.of(c.libelle(),
                        c.valeur())).toList());
        // without absences, no absence line
        assertTrue(PresentationBulletin.de(exemple(EtatPaie.VALIDEE, "DUPONT"), new ComplementsBulletin(null, null,
                null, null, null, null)).agent().stream().noneMatch(c -> c.libelle().startsWith("Absences")));
    }

    @Test
    void payslipPdfOfTheWorkedExampleIsWritten() {
        byte[] pdf = BulletinPdf.ecrire(PresentationBulletin.de(exemple(EtatPaie.VALIDEE, "ŁUKASZEWSKI")));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertTrue(pdf.length > 1500, "a page with text: " + pdf.length);
    }

    @Test
    void journalCsvIsSemicolonSeparatedWithDecimalCommas() {
        JournalPaie journal = ConstructionJournal.construire(BRIZON, "Brizon",
                PaieMois.nonCalculee(DonneesLivrees.JANVIER_2026),
                List.of(new BulletinPaye(Statut.TITULAIRE, DonneesLivrees.bulletinExemple())));
        String csv = JournalCsv.ecrire(journal);
        List<String> lignes = List.of(csv.split("\r\n"));

        assertTrue(csv.startsWith("\ufeffJournal de paie;Brizon (74049);2026-01;non calculée;0 bulletins"), lignes.get(0));
        assertEquals("Code;Rubrique;Nature;Bulletins;Base;Part salariale;Part patronale", lignes.get(2));
        assertEquals("TIB;Traitement indiciaire brut;GAIN;1;;1969,11;0,00", lignes.get(3));
        assertTrue(lignes.contains("012;6453;Cotisations aux caisses de retraites;786,90"));
        assertEquals("2356,75;467,06;1889,69;1956,84;56,75;1832,94;1140,93;3497,68", lignes.get(lignes.size() - 1));
        byte[] pdf = JournalPdf.ecrire(journal);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
    }

    @Test
    void theJournalPdfCarriesTheEtatNominatifOneRowPerAgentByNameAndTheTotals() {
        List<fr.mutualis.payroll.api.BulletinResume> bulletins = List.of(
                new fr.mutualis.payroll.api.BulletinResume(2, 12, "B0001", "EXEMPLE", "Bruno", Statut.TITULAIRE,
                        new java.math.BigDecimal("2500.00"), new java.math.BigDecimal("1950.10"),
                        new java.math.BigDecimal("3600.00")),
                new fr.mutualis.payroll.api.BulletinResume(1, 11, "A0001", "EXEMPLE", "Alice", Statut.TITULAIRE,
                        new java.math.BigDecimal("1800.50"), new java.math.BigDecimal("1500.25"),
                        new java.math.BigDecimal("2600.75")));
        assertEquals(List.of(List.of("A0001", "EXEMPLE Alice", "1 800,50", "300,25", "1 500,25", "2 600,75"),
                List.of("B0001", "EXEMPLE Bruno", "2 500,00", "549,90", "1 950,10", "3 600,00"),
                List.of("Total", "2 agent(s)", "4 300,50", "850,15", "3 450,35", "6 200,75")),
                JournalPdf.etat(bulletins));
        JournalPaie journal = ConstructionJournal.construire(BRIZON, "Brizon",
                PaieMois.nonCalculee(DonneesLivrees.JANVIER_2026),
                List.of(new BulletinPaye(Statut.TITULAIRE, DonneesLivrees.bulletinExemple())));
        assertTrue(JournalPdf.ecrire(journal, bulletins).length > JournalPdf.ecrire(journal).length);
    }

    @Test
    void journalCsvGuardsTextCellsAgainstFormulasButKeepsNegativeAmountsAsNumbers() {
        JournalPaie journal = ConstructionJournal.construire(BRIZON, "=HYPERLINK(\"http://x\")",
                PaieMois.nonCalculee(DonneesLivrees.JANVIER_2026),
                List.of(new BulletinPaye(Statut.TITULAIRE, DonneesLivrees.bulletinExemple())));
        JournalPaie negatif = new JournalPaie(journal.collectivite(), "@SUM(A1)", journal.paie(),
                List.of(new TotalLigneJournal("-R", "+retenue", journal.lignes().get(0).nature(), 1, null,
                        new java.math.BigDecimal("-12.50"), java.math.BigDecimal.ZERO)), journal.articles(),
                journal.totaux());

        List<String> lignes = List.of(JournalCsv.ecrire(journal).split("\r\n"));
        List<String> autres = List.of(JournalCsv.ecrire(negatif).split("\r\n"));

        assertTrue(lignes.get(0).startsWith("\ufeffJournal de paie;\"'=HYPERLINK(\"\"http://x\"\") (74049)\";"),
                lignes.get(0));
        assertTrue(autres.get(0).startsWith("\ufeffJournal de paie;'@SUM(A1) (74049);"), autres.get(0));
        assertEquals("'-R;'+retenue;GAIN;1;;-12,50;0", autres.get(3));
    }

    private static List<String> cellules(PresentationBulletin p, int rang) {
        return p.rangees().get(rang).cellules();
    }
}
