package fr.mutualis.urbanism.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.TypeDossier;

class RegistreCsvTest {

    private static final LigneRegistre ACCORDE = new LigneRegistre("PC 074 049 26 00001", TypeDossier.PCMI,
            LocalDate.of(2026, 3, 2), CanalDepot.PAPIER, "Jérôme Dupont-Lévêque", "Chemin des Œillets",
            "AB 12, AB 13", "Maison; garage \"double\"", EtatDossier.ACCORD, LocalDate.of(2026, 5, 2),
            LocalDate.of(2026, 4, 20));
    private static final LigneRegistre EN_COURS = new LigneRegistre("DP 074 049 26 00001", TypeDossier.DP,
            LocalDate.of(2026, 6, 1), CanalDepot.ELECTRONIQUE, "=HYPERLINK(\"x\")", "Les Prés", "AC 3", "Clôture",
            EtatDossier.EN_INSTRUCTION, LocalDate.of(2026, 7, 1), null);

    @Test
    void csvIsUtf8WithSemicolonsQuotedWhereNeeded() {
        String csv = new String(RegistreCsv.csv(List.of(ACCORDE, EN_COURS)), StandardCharsets.UTF_8);
        String[] lignes = csv.split("\r\n");
        assertEquals(3, lignes.length);
        assertEquals("\uFEFFNuméro;Type;Date de dépôt;Mode de dépôt;Demandeur;Adresse du terrain;Parcelles;Objet;"
                + "État;Date limite;Date de décision", lignes[0]);
        assertEquals("PC 074 049 26 00001;PCMI;02/03/2026;papier;Jérôme Dupont-Lévêque;Chemin des Œillets;"
                + "AB 12, AB 13;\"Maison; garage \"\"double\"\"\";accord (permis accordé, non-opposition, certificat "
                + "délivré);02/05/2026;20/04/2026", lignes[1]);
        assertTrue(lignes[2].startsWith("DP 074 049 26 00001;DP;01/06/2026;électronique;\"'=HYPERLINK(\"\"x\"\")\";"),
                lignes[2]);
        assertTrue(lignes[2].endsWith(";01/07/2026;"), lignes[2]);
    }
}
