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
        assertEquals(4, c2.sources().size());
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
        assertEquals("Aucune grille du grade ADJ-TECH n'est en vigueur en 2023-12.", assertThrows(
                DonneeInvalideException.class, () -> grilles.verifierEchelon("ADJ-TECH", 1, 366,
                        YearMonth.of(2023, 12))).getMessage());
    }

    @Test
    void gradesAreNamedAndPaidOnTheirGrid() {
        GrillesIndiciaires grilles = livrees();
        assertEquals(24, grilles.nombreDeGrades());
        Grade grade = grilles.grade("ADJ-ANIM-P1").orElseThrow();
        assertEquals("Adjoint d'animation principal de 1re classe", grade.libelle());
        assertEquals("C3", grilles.enVigueur("ADJ-ANIM-P1", YearMonth.of(2026, 1)).orElseThrow().code());
        assertEquals(List.of("A", "B", "C"), grilles.grades().stream().map(Grade::categorie).distinct().toList());
        assertEquals(List.of("administrative", "animation", "culturelle", "sociale", "technique"), grilles.grades()
                .stream().map(Grade::filiere).distinct().sorted().toList());
        // a grade and the grid it is paid on accept the same échelons and indices
        grilles.verifierEchelon("AGT-SOC", 11, 387, YearMonth.of(2026, 1));
        grilles.verifierEchelon("C1", 11, 387, YearMonth.of(2026, 1));
        grilles.verifierIndice("ADJ-PATR-P2", 425, YearMonth.of(2026, 1));
        GrilleGrade attache = grilles.enVigueur("ATTACHE", YearMonth.of(2026, 1)).orElseThrow();
        assertEquals(new Echelon(1, 395, 444, 18), attache.echelons().get(0));
        assertEquals("2 ans 6 mois", attache.echelon(5).orElseThrow().dureeTexte());
        assertEquals("—", attache.echelon(11).orElseThrow().dureeTexte());
    }

    /**
     * Every shipped grid against the others: where two grids give an indice brut, it must lead to the same indice
     * majoré (the single IB to IM table of décret 82-1105), and a higher IB never to a lower IM.
     */
    @Test
    void shippedGridsAgreeOnTheBrutToMajoreCorrespondence() {
        GrillesIndiciaires grilles = livrees();
        java.util.TreeMap<Integer, Integer> majoreDuBrut = new java.util.TreeMap<>();
        for (GrilleGrade grille : grilles.grillesEnVigueur(java.time.LocalDate.of(2026, 1, 1))) {
            assertTrue(grille.sources().size() >= 2, grille.code() + " needs its legal basis and where the values come "
                    + "from");
            for (Echelon echelon : grille.echelons()) {
                if (echelon.indiceBrut() > 0) {
                    Integer avant = majoreDuBrut.put(echelon.indiceBrut(), echelon.indiceMajore());
                    assertTrue(avant == null || avant == echelon.indiceMajore(), "IB " + echelon.indiceBrut());
                }
            }
        }
        assertEquals(41, majoreDuBrut.size());
        List<Integer> majores = List.copyOf(majoreDuBrut.values());
        for (int i = 1; i < majores.size(); i++) {
            assertTrue(majores.get(i) > majores.get(i - 1), "IM must grow with the IB: " + majoreDuBrut);
        }
    }

    @Test
    void refusesAGradeOnAnUnknownGridAndDecreasingBrutIndexes() {
        String json = """
                { "format": "mutualis-paie-grilles/1", "grilles": [
                  { "code": "X3", "libelle": "IB décroissant", "dateEffet": "2024-01-01", "sources": [ "test" ],
                    "echelons": [ { "echelon": 1, "indiceBrut": 400, "indiceMajore": 380 },
                                  { "echelon": 2, "indiceBrut": 390, "indiceMajore": 385 } ] },
                  { "code": "X4", "libelle": "Bonne", "dateEffet": "2024-01-01", "sources": [ "test" ],
                    "echelons": [ { "echelon": 1, "indiceMajore": 380, "dureeMois": 12 } ] } ],
                  "grades": [ { "code": "G1", "libelle": "Grade", "categorie": "B", "filiere": "technique",
                                "grille": "X9", "sources": [ "test" ] },
                              { "code": "g2", "libelle": "Minuscules", "categorie": "B", "filiere": "technique",
                                "grille": "X4", "sources": [ "test" ] } ] }
                """;
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> ChargeurGrilles.charger(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("Grille « X3 » : grille X3 : les indices bruts doivent croître (échelon 2 : 390 après "
                + "400).", "Grade « g2 » : grade incomplet : code (en capitales), libellé, catégorie (A, B ou C), "
                        + "filière et grille sont requis."), e.erreurs());
        String inconnue = json.replace("\"indiceBrut\": 390", "\"indiceBrut\": 410").replace("\"g2\"", "\"G2\"");
        assertEquals(List.of("Grade G1 : grille « X9 » inconnue."), assertThrows(DonneeInvalideException.class,
                () -> ChargeurGrilles.charger(new ByteArrayInputStream(inconnue.getBytes(StandardCharsets.UTF_8))))
                .erreurs());
    }

    @Test
    void aFileOfGradesOnlyIsCheckedAgainstTheKnownGridsWhenMerged() {
        String json = """
                { "format": "mutualis-paie-grilles/1", "grilles": [],
                  "grades": [ { "code": "ESSAI", "libelle": "Essai", "categorie": "C", "filiere": "technique",
                                "grille": "%s", "sources": [ "test" ] } ] }
                """;
        GrillesIndiciaires fusion = livrees().fusionner(ChargeurGrilles.charger(new ByteArrayInputStream(
                json.formatted("C1").getBytes(StandardCharsets.UTF_8))));
        fusion.verifierEchelon("ESSAI", 2, 367, YearMonth.of(2026, 1));
        GrillesIndiciaires inconnue = ChargeurGrilles.charger(new ByteArrayInputStream(json.formatted("C9")
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Grade ESSAI : grille « C9 » inconnue."), assertThrows(DonneeInvalideException.class,
                () -> livrees().fusionner(inconnue)).erreurs());
    }

    @Test
    void mergingRefusesAGradeRedefinedAndKeepsTheKnownOnes() {
        GrillesIndiciaires grilles = livrees();
        String json = """
                { "format": "mutualis-paie-grilles/1", "grilles": [
                  { "code": "C1", "libelle": "Échelle C1", "dateEffet": "2024-01-01", "sources": [ "test" ],
                    "echelons": [ { "echelon": 1, "indiceMajore": 366 } ] } ],
                  "grades": [ { "code": "ADJ-ADM", "libelle": "Autre nom", "categorie": "C",
                                "filiere": "administrative", "grille": "C1", "sources": [ "test" ] } ] }
                """;
        GrillesIndiciaires nouvelles = ChargeurGrilles.charger(new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Grille C1 au 2024-01-01 : elle existe déjà avec d'autres échelons.",
                "Grade ADJ-ADM : il existe déjà avec un autre libellé ou une autre grille."),
                assertThrows(DonneeInvalideException.class, () -> grilles.fusionner(nouvelles)).erreurs());
        assertEquals("Adjoint administratif", grilles.grade("ADJ-ADM").orElseThrow().libelle());
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
