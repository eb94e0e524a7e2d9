package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.en;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static fr.mutualis.payroll.server.tests.Fixtures.paie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Role;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.DocumentsPaieService;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.PresentationBulletin;
import fr.mutualis.payroll.api.PresentationBulletin.Champ;
import fr.mutualis.testing.OsgiServices;

/**
 * The complete payslip (issue 15, item 3): employer SIRET and address, the agent's full NIR, the grade by name, the
 * year-to-date totals from the validated months of the year, as the client shows it and as the PDF prints it (text
 * extracted with PDFBox); every payslip of a month in one PDF.
 */
class BulletinCompletTest {

    private static final YearMonth JANVIER = YearMonth.of(2026, 1);
    private static final YearMonth FEVRIER = YearMonth.of(2026, 2);
    private static final YearMonth MARS = YearMonth.of(2026, 3);
    /** SIRET of the mairie of Brizon (Haute-Savoie), as the benchmarks' budget uses it: valid key. */
    private static final String SIRET = "21740049800010";

    static DocumentsPaieService documents() {
        return OsgiServices.service(DocumentsPaieService.class);
    }

    /** "185057800608436" as printed: "1 85 05 78 006 084 36". */
    static String groupe(String nir) {
        return nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " " + nir.substring(5, 7) + " "
                + nir.substring(7, 10) + " " + nir.substring(10, 13) + " " + nir.substring(13);
    }

    @Test
    void payslipShowsEmployerIdentityFullNirGradeNameAndYearToDateTotalsOfValidatedMonths() throws Exception {
        CollectiviteId c = Fixtures.nouvelleCommune();
        Gogo.ok("paie:employer " + c + " " + SIRET + " \"Place de la Mairie, 74200 Brizon\"");
        String nir = Fixtures.nir();
        enPaie(c, () -> agents().creerAgent(c, Fixtures.exemple("A0001", nir)));
        Fixtures.agentsOrdinaires(c, 2);
        for (YearMonth mois : List.of(JANVIER, FEVRIER)) {
            enPaie(c, () -> paie().lancerPaie(c, mois));
            en(c, Set.of(Role.ORDONNATEUR), () -> paie().validerPaie(c, mois));
        }
        enPaie(c, () -> paie().lancerPaie(c, MARS)); // March stays a draft
        BulletinResume janvier = bulletin(c, JANVIER);
        BulletinResume mars = bulletin(c, MARS);

        PresentationBulletin p = enPaie(c, () -> documents().presentationBulletin(c, mars.id()));
        assertTrue(p.employeur().contains(new Champ("SIRET", "217 400 498 00010")), p.employeur().toString());
        assertTrue(p.employeur().contains(new Champ("Adresse", "Place de la Mairie, 74200 Brizon")));
        assertTrue(p.agent().contains(new Champ("N° de sécurité sociale", groupe(nir))), p.agent().toString());
        String grade = p.agent().stream().filter(ch -> ch.libelle().startsWith("Grade")).findFirst().orElseThrow()
                .valeur();
        assertEquals("—", grade, "the worked example (IM 400, the indice of no échelon) is entered without grade");
        // the worked example earns the same each month: three months cumulated (January and February validated,
        // March itself), so the cumuls are three times the month's figures
        BigDecimal trois = BigDecimal.valueOf(3);
        assertTrue(p.recapitulatif().contains(new Champ("Cumul de l'année", "janvier 2026 à mars 2026")));
        assertTrue(p.recapitulatif().contains(new Champ("Cumul brut",
                FormatFrancais.montant(janvier.brut().multiply(trois)))), p.recapitulatif().toString());
        var detail = enPaie(c, () -> paie().bulletin(c, mars.id())).bulletin().totaux();
        assertTrue(p.recapitulatif().contains(new Champ("Cumul net imposable",
                FormatFrancais.montant(detail.netImposable().multiply(trois)))), p.recapitulatif().toString());
        assertTrue(p.recapitulatif().contains(new Champ("Cumul impôt prélevé à la source",
                FormatFrancais.montant(detail.prelevementALaSource().multiply(trois)))));

        // a draft month is not cumulated into the next: April's cumuls count January, February and April only
        enPaie(c, () -> paie().lancerPaie(c, MARS.plusMonths(1)));
        PresentationBulletin avril = enPaie(c, () -> documents().presentationBulletin(c,
                bulletin(c, MARS.plusMonths(1)).id()));
        assertTrue(avril.recapitulatif().contains(new Champ("Cumul brut",
                FormatFrancais.montant(janvier.brut().multiply(trois)))), avril.recapitulatif().toString());

        byte[] pdf = enPaie(c, () -> documents().bulletinPdf(c, mars.id()));
        Path sortie = Path.of("target", "bulletin-complet-" + c + ".pdf");
        Files.write(sortie, pdf); // kept to be looked at (rendered to PNG by hand: pdftoppm)
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String texte = new PDFTextStripper().getText(document);
            for (String attendu : List.of("SIRET", "217 400 498 00010", "Place de la Mairie, 74200 Brizon",
                    groupe(nir), "Grade (grille) et échelon : —", "Cumul brut",
                    FormatFrancais.montant(janvier.brut().multiply(trois)), "Cumul net imposable",
                    "Cumul impôt prélevé à la source", "janvier 2026 à mars 2026", "BULLETIN PROVISOIRE")) {
                assertTrue(texte.contains(attendu), "« " + attendu + " » missing from\n" + texte);
            }
            assertFalse(texte.contains("** ** ***"), texte);
        }
        assertTrue(Fixtures.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? AND operation = "
                + "'paie.bulletin.consulter'", c.code()) >= 3, "each read of a payslip with its NIR is journaled");
    }

    @Test
    void everyPayslipOfTheMonthInOnePdfEachFromTheTopOfAPage() throws Exception {
        CollectiviteId c = Fixtures.nouvelleCommune();
        Fixtures.agentsOrdinaires(c, 3);
        enPaie(c, () -> paie().lancerPaie(c, JANVIER));
        byte[] pdf = en(c, Set.of(Role.ORDONNATEUR), () -> documents().bulletinsPdf(c, JANVIER));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> debuts = new java.util.ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String texte = stripper.getText(document);
                if (texte.contains("Période du 01/01/2026 au 31/01/2026")) { // a payslip starts on this page
                    assertTrue(texte.contains("Bulletin de paie — janvier 2026") && texte.contains("SIRET"), texte);
                    debuts.add(texte.replaceAll("(?s).*Agent : (AGENT\\d) .*", "$1"));
                }
            }
            assertEquals(List.of("AGENT1", "AGENT2", "AGENT3"), debuts, "one payslip per agent, sorted by name");
        }
        assertEquals("Aucune paie calculée pour février 2026 : lancez la paie du mois d'abord.",
                org.junit.jupiter.api.Assertions.assertThrows(fr.mutualis.core.api.DonneeInvalideException.class,
                        () -> enPaie(c, () -> documents().bulletinsPdf(c, FEVRIER))).getMessage());
    }

    @Test
    void employerIdentityIsCheckedAtTheConsole() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        Gogo.refus("paie:employer " + c + " 21740049800011 \"Place de la Mairie, 74200 Brizon\"",
                "SIRET invalide : 14 chiffres attendus, dont la clé de contrôle (par exemple 21740049800010).");
        assertEquals(0, Fixtures.compter("SELECT COUNT(*) FROM paie_employeur WHERE collectivite = ?", c.code()));
    }

    private static BulletinResume bulletin(CollectiviteId c, YearMonth mois) {
        return enPaie(c, () -> paie().bulletins(c, mois)).stream().filter(b -> b.matricule().equals("A0001"))
                .findFirst().orElseThrow();
    }
}
