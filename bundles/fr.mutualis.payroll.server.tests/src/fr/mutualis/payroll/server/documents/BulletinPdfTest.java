package fr.mutualis.payroll.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.PresentationBulletin;
import fr.mutualis.payroll.api.PresentationBulletin.Champ;
import fr.mutualis.payroll.api.PresentationBulletin.Genre;
import fr.mutualis.payroll.api.PresentationBulletin.Rangee;

class BulletinPdfTest {

    static PresentationBulletin bulletin(String nom) {
        return new PresentationBulletin("Bulletin de paie — janvier 2026", "Période du 01/01/2026 au 31/01/2026",
                List.of(new Champ("Employeur", "Commune de Brizon"), new Champ("SIREN", "217400498")),
                List.of(new Champ("Agent", nom), new Champ("Matricule", "A0001")),
                List.of(new Rangee(Genre.SECTION, List.of("Rémunération", "", "", "", "", "", "")),
                        new Rangee(Genre.LIGNE, List.of("Traitement indiciaire brut (IM 400)", "", "", "1 969,11", "",
                                "", "")),
                        new Rangee(Genre.LIGNE, List.of("Retraite CNRACL", "2 042,95", "11,10", "", "226,77", "37,65",
                                "769,17")),
                        new Rangee(Genre.TOTAL, List.of("Net payé", "", "", "1 832,94", "", "", ""))),
                List.of(new Champ("Montant net social", "1 889,69")), List.of("Conservez ce bulletin de paie."));
    }

    @Test
    void payslipPrintsTheAgentsNameInAnyEuropeanScriptAndKeepsColumnHeadersApart() throws IOException {
        byte[] pdf = BulletinPdf.ecrire(bulletin("ПЕТРОВА-ŁUKASZEWSKA Αθηνά"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String texte = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(texte.contains("ПЕТРОВА-ŁUKASZEWSKA Αθηνά"), texte);
            assertTrue(texte.contains("Retraite CNRACL 2 042,95 11,10 226,77 37,65 769,17"), texte);
            assertTrue(texte.contains("Net payé 1 832,94"), texte);
            assertFalse(texte.contains("BaseTaux") || texte.contains("déduireTaux") || texte.contains("?"), texte);
            assertEquals("Bulletin de paie — janvier 2026", document.getDocumentInformation().getTitle());
            assertEquals("Commune de Brizon", document.getDocumentInformation().getAuthor());
        }
    }
}
