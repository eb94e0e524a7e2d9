package fr.mutualis.payroll.ui.paie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.DeclarationDsn;

class ResultatDsnTest {

    private static DeclarationDsn dsn(List<String> anomalies) {
        return new DeclarationDsn(YearMonth.of(2026, 11), "P26V01", "dsn.txt", "S10.G00.00.001,'Mutualis'", 3,
                anomalies, List.of("URSSAF : DSN 100,00 = journal 100,00.", "Hors DSN individuelle : 12,00 €."));
    }

    @Test
    void theValidatorsResultIsShownInFrench() {
        assertEquals("Norme P26V01, 3 individu(s). Validateur : aucune anomalie. Rapprochement avec le journal : "
                + "URSSAF : DSN 100,00 = journal 100,00 ; Hors DSN individuelle : 12,00 €.",
                ResultatDsn.resume(dsn(List.of())));
        assertEquals("DSN dsn.txt (P26V01), 3 individus\nAnomalies : \n  S21.G00.30.001 absente\n"
                + "Rapprochement avec le journal :\n  URSSAF : DSN 100,00 = journal 100,00.\n  Hors DSN individuelle : 12,00 €.\n",
                ResultatDsn.texte(dsn(List.of("S21.G00.30.001 absente"))));
    }

    @Test
    void theFileIsWrittenInIso88591WithTheValidatorsResultBeside(@org.junit.jupiter.api.io.TempDir Path dossier)
            throws Exception {
        DeclarationDsn dsn = new DeclarationDsn(YearMonth.of(2026, 11), "P26V01", "DSN_1_202611.dsn",
                "S10.G00.02.002,'Marie Secrétaire'\n", 1, List.of(), List.of("Brut : 1,00 € = journal."));
        Path fichier = ResultatDsn.ecrire(dsn, dossier);
        assertEquals(dossier.resolve("DSN_1_202611.dsn"), fichier);
        byte[] octets = Files.readAllBytes(fichier);
        assertEquals(34, octets.length, "one byte per character, é included (35 in UTF-8)");
        assertEquals("S10.G00.02.002,'Marie Secrétaire'\n", new String(octets, StandardCharsets.ISO_8859_1));
        assertEquals(ResultatDsn.texte(dsn), Files.readString(dossier.resolve("DSN_1_202611.dsn-validateur.txt")));
    }

    @Test
    void theEmitterIsCheckedBeforeAskingTheServer() {
        assertEquals(List.of(), DialogueDsn.problemes("00016", "Marie Test", "paie@chassy.example"));
        assertEquals(3, DialogueDsn.problemes("123", " ", "pas-une-adresse").size());
    }
}
