package fr.mutualis.budget.server.afaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.core.server.config.ServerConfig;

/**
 * A chapter is "nearly exhausted" for « À faire » below a percentage of its opened credits still available: the
 * server setting budget.todo.credits.percent of mutualis.properties, 10 % when not set.
 */
class AFaireBudgetTest {

    @TempDir
    Path data;

    private static LigneExecution chapitre(String ouverts, String realise) {
        return new LigneExecution(Section.FONCTIONNEMENT, Sens.DEPENSE, "011", new BigDecimal(ouverts),
                BigDecimal.ZERO.setScale(2), new BigDecimal(realise));
    }

    /** The server configuration of a data folder whose mutualis.properties holds these lines (none: the template). */
    private ServerConfig configuration(String... lignes) throws IOException {
        if (lignes.length > 0) {
            Files.write(data.resolve("mutualis.properties"), java.util.List.of(lignes));
        }
        return ServerConfig.of(data);
    }

    @AfterEach
    void noOverride() {
        System.clearProperty("mutualis." + AFaireBudget.SEUIL);
    }

    @Test
    void belowTenPercentAvailableIsNearlyExhaustedByDefault() throws IOException {
        int seuil = AFaireBudget.seuil(configuration());

        assertEquals(10, seuil, "the template written on first start leaves the setting commented out");
        assertTrue(AFaireBudget.presqueEpuise(chapitre("10000.00", "9000.01"), seuil), "999,99 € of 10 000 €");
        assertTrue(AFaireBudget.presqueEpuise(chapitre("10000.00", "10000.00"), seuil), "nothing left");
        assertFalse(AFaireBudget.presqueEpuise(chapitre("10000.00", "9000.00"), seuil), "exactly 10 % left");
        assertFalse(AFaireBudget.presqueEpuise(chapitre("10000.00", "0.00"), seuil));
        assertFalse(AFaireBudget.presqueEpuise(chapitre("0.00", "0.00"), seuil), "a chapter without credits is not listed");
    }

    @Test
    void theThresholdIsTheServerSetting() throws IOException {
        int seuil = AFaireBudget.seuil(configuration("budget.todo.credits.percent=25"));

        assertEquals(25, seuil);
        assertTrue(AFaireBudget.presqueEpuise(chapitre("10000.00", "7500.01"), seuil), "2 499,99 € of 10 000 €");
        assertFalse(AFaireBudget.presqueEpuise(chapitre("10000.00", "7500.00"), seuil), "exactly 25 % left");
        assertFalse(AFaireBudget.presqueEpuise(chapitre("10000.00", "10000.00"), 0), "0: never listed");

        System.setProperty("mutualis." + AFaireBudget.SEUIL, "5");
        assertEquals(5, AFaireBudget.seuil(configuration()), "a system property overrides the file, as for any key");
    }

    @Test
    void aThresholdThatIsNotAPercentageStopsTheComponentWithTheKeyAndTheFile() throws IOException {
        for (String valeur : new String[] { "150", "-1", "dix" }) {
            ServerConfig config = configuration("budget.todo.credits.percent=" + valeur);

            IllegalStateException e = assertThrows(IllegalStateException.class, () -> AFaireBudget.seuil(config));

            assertTrue(e.getMessage().startsWith("Configuration key budget.todo.credits.percent in "
                    + data.resolve("mutualis.properties")), e.getMessage());
            assertTrue(e.getMessage().endsWith(valeur), e.getMessage());
        }
    }

    private static LigneRegistre libre(int numero, String objet, String montant) {
        return new LigneRegistre(Sens.DEPENSE, 2026, numero, java.time.LocalDate.of(2026, 12, 6), NaturePiece.ORDINAIRE,
                null, objet, "TIERS", "012 / 6411", new BigDecimal(montant), null, null, false);
    }

    @Test
    void mandatsOnNoBordereauAreListedWithThoseOfThePayroll() {
        assertEquals("3 mandats sans bordereau (budget 00, 3 289,90 €, dont 2 de la paie) : à mettre sur un bordereau",
                AFaireBudget.piecesSansBordereau(java.util.List.of(libre(1, "Remplacement de l'éclairage", "1250.00"),
                        libre(2, "PAIE DECEMBRE 2026 - NETS A PAYER", "1603.28"),
                        libre(3, "PAIE DECEMBRE 2026 - URSSAF", "436.62")), Sens.DEPENSE, "00"));
        assertEquals("1 mandat sans bordereau (budget 00, 1 603,28 €, de la paie) : à mettre sur un bordereau",
                AFaireBudget.piecesSansBordereau(java.util.List.of(libre(2, "PAIE DECEMBRE 2026 - NETS A PAYER",
                        "1603.28")), Sens.DEPENSE, "00"));
        assertEquals(null, AFaireBudget.piecesSansBordereau(java.util.List.of(), Sens.RECETTE, "00"),
                "nothing listed when every pièce is on a bordereau");
    }
}
