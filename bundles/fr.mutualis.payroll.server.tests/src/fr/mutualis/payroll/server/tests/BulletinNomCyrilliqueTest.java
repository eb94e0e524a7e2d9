package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static fr.mutualis.payroll.server.tests.Fixtures.paie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.DocumentsPaieService;
import fr.mutualis.testing.OsgiServices;

/**
 * Issue 13's evidence, through the product's own path (agent recorded, month run, payslip printed by the service the
 * client calls): an agent named in Cyrillic, « Ёлкин Пётр », prints as written with the embedded Unicode font, and
 * the payslip's long column headers wrap instead of running into each other ("BaseTaux salarial",
 * "À déduireTaux patronal" before the shared layout). The PDF is kept in {@code target/} to be rendered with pdftoppm.
 */
class BulletinNomCyrilliqueTest {

    @Test
    void anAgentNamedInCyrillicPrintsAsWrittenAndTheColumnHeadersStayApart() throws Exception {
        CollectiviteId c = Fixtures.nouvelleCommune();
        AgentSaisie exemple = Fixtures.exemple("A0001", Fixtures.nir());
        AgentSaisie elkine = new AgentSaisie(exemple.matricule(), "Ёлкин", "Пётр", exemple.nir(), exemple.statut(),
                exemple.heuresHebdomadairesPoste(), exemple.quotite(), exemple.codeGrade(), exemple.echelon(),
                exemple.indiceMajore(), exemple.pointsNbi(), exemple.zoneResidence(), exemple.nombreEnfants(),
                exemple.elementsIndemnitaires(), exemple.categorieTpp(), exemple.tauxPasPersonnel(),
                exemple.dateEntree());
        enPaie(c, () -> agents().creerAgent(c, elkine));
        YearMonth janvier = YearMonth.of(2026, 1);
        enPaie(c, () -> paie().lancerPaie(c, janvier));
        BulletinResume bulletin = enPaie(c, () -> paie().bulletins(c, janvier)).get(0);

        byte[] pdf = enPaie(c, () -> OsgiServices.service(DocumentsPaieService.class).bulletinPdf(c, bulletin.id()));
        Files.write(Path.of("target", "bulletin-cyrillique.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String texte = new PDFTextStripper().getText(document);
            assertTrue(texte.contains("Пётр") && texte.toUpperCase().contains("ЁЛКИН"), texte);
            assertFalse(texte.contains("?"), texte);
            assertFalse(texte.contains("BaseTaux") || texte.contains("déduireTaux"), texte);
            assertEquals(1, document.getNumberOfPages());
        }
    }
}
