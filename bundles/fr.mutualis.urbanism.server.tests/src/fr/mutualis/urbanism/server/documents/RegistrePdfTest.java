package fr.mutualis.urbanism.server.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.tests.Pdf;

class RegistrePdfTest {

    @Test
    void pdfRegisterListsEveryApplicationOnAsManyPagesAsNeeded() {
        List<LigneRegistre> lignes = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            lignes.add(new LigneRegistre(String.format("DP 074 049 26 %05d", i), TypeDossier.DP,
                    LocalDate.of(2026, 1, 5), CanalDepot.PAPIER, "Demandeur " + i, "Rue " + i, "AB " + i,
                    "Objet " + i, EtatDossier.EN_INSTRUCTION, LocalDate.of(2026, 2, 5), null));
        }
        byte[] pdf = RegistrePdf.pdf("Brizon", "74049", 2026, lignes, LocalDate.of(2026, 6, 30));
        String texte = Pdf.texte(pdf);
        assertTrue(Pdf.pages(pdf) >= 2, "pages: " + Pdf.pages(pdf));
        assertTrue(texte.contains("Registre des demandes d'autorisation d'urbanisme"), texte);
        assertTrue(texte.contains("Commune de Brizon (code INSEE 74049) — demandes déposées en 2026 — 80 demande(s)."),
                texte);
        assertTrue(texte.contains("DP 074 049 26 00001") && texte.contains("DP 074 049 26 00080"), texte);
        assertTrue(texte.contains("page 2 / "), texte);
    }

    @Test
    void applicantsNamedInCyrillicOrGreekPrintAsWritten() {
        LigneRegistre cyrillique = new LigneRegistre("PC 074 049 26 00002", TypeDossier.PC, LocalDate.of(2026, 3, 3),
                CanalDepot.PAPIER, "Иван Петров", "Rue\u00a0du Lac", "AB 1", "Entrepôt", EtatDossier.DEPOSE,
                LocalDate.of(2026, 6, 3), null);
        LigneRegistre grec = new LigneRegistre("DP 074 049 26 00003", TypeDossier.DP, LocalDate.of(2026, 3, 4),
                CanalDepot.PAPIER, "Νίκος Καζαντζάκης", "Chemin des Œillets", "AB 2", "Clôture", EtatDossier.DEPOSE,
                LocalDate.of(2026, 4, 4), null);
        String texte = Pdf.texte(RegistrePdf.pdf("Brizon", "74049", 2026, List.of(cyrillique, grec),
                LocalDate.of(2026, 6, 30)));
        assertTrue(texte.contains("Иван Петров"), texte);
        assertTrue(texte.contains("Νίκος Καζαντζάκης"), texte);
        assertTrue(texte.contains("Chemin des Œillets"), texte);
        assertFalse(texte.contains("?"), texte);
        assertTrue(texte.contains("Rue du Lac"), texte);
    }
}
