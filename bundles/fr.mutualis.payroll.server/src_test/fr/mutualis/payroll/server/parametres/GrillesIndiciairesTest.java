package fr.mutualis.payroll.server.parametres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;

class GrillesIndiciairesTest {

    private static GrillesIndiciaires livrees() {
        try (InputStream in = Files.newInputStream(Path.of("parametres/grilles.json"))) {
            return ChargeurGrilles.charger(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shippedGridsCarryTheirSourcesAndRanges() {
        GrillesIndiciaires grilles = livrees();
        GrilleGrade c2 = grilles.enVigueur("C2", YearMonth.of(2026, 1)).orElseThrow();
        assertEquals(367, c2.indiceMinimal());
        assertEquals(425, c2.indiceMaximal());
        assertEquals(12, c2.echelons().size());
        assertEquals(3, c2.sources().size());
        grilles.verifierIndice("C3", 478, YearMonth.of(2026, 1));
    }

    @Test
    void refusesAnIndexOutsideTheRangeOrBeforeTheGrid() {
        GrillesIndiciaires grilles = livrees();
        String message = assertThrows(DonneeInvalideException.class,
                () -> grilles.verifierIndice("C2", 366, YearMonth.of(2026, 1))).getMessage();
        assertTrue(message.endsWith("en 2026-01 : attendu entre 367 et 425."), message);
        assertEquals("Aucune grille du grade C1 n'est en vigueur en 2023-12.", assertThrows(
                DonneeInvalideException.class, () -> grilles.verifierIndice("C1", 366, YearMonth.of(2023, 12)))
                .getMessage());
    }

    @Test
    void refusesAGridWithoutSourceOrWithDecreasingIndexes() {
        String json = """
                { "format": "mutualis-paie-grilles/1", "grilles": [
                  { "code": "X1", "libelle": "Sans source", "dateEffet": "2024-01-01", "sources": [],
                    "echelons": [ { "echelon": 1, "indiceMajore": 366 } ] },
                  { "code": "X2", "libelle": "Décroissante", "dateEffet": "2024-01-01", "sources": [ "test" ],
                    "echelons": [ { "echelon": 1, "indiceMajore": 380 }, { "echelon": 2, "indiceMajore": 370 } ] } ] }
                """;
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> ChargeurGrilles.charger(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("Grille « X1 » : grille X1 sans source : toute valeur doit être sourcée.",
                "Grille « X2 » : grille X2 : les échelons doivent se suivre et leurs indices ne pas décroître "
                        + "(échelon 2)."), e.erreurs());
    }
}
