package fr.mutualis.budget.server.nomenclature;

import static fr.mutualis.budget.server.Exemples.CATALOGUE;
import static fr.mutualis.budget.server.Exemples.NOMENCLATURE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.core.api.DonneeInvalideException;

class CataloguePlansDeComptesTest {

    @Test
    void onlyThe2024PlanIsShipped() {
        assertEquals(List.of(2024), CATALOGUE.exercicesDisponibles());
    }

    @Test
    void laterExercicesUseTheNewestEarlierPlanParsedOnce() {
        PlanDeComptes plan2024 = CATALOGUE.pour(2024, Declinaison.M57_D);
        assertEquals(2024, plan2024.exercice());
        assertSame(plan2024, CATALOGUE.pour(2026, Declinaison.M57_D));
        assertEquals(Declinaison.M57_A, CATALOGUE.pour(2025, Declinaison.M57_A).declinaison());
    }

    @Test
    void anExerciceBeforeTheOldestPlanIsRefused() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> CATALOGUE.pour(2023, Declinaison.M57_A));
        assertEquals("Aucun plan de comptes M57 n'est disponible pour l'exercice 2023 : le plus ancien fourni est celui "
                + "de 2024.", e.getMessage());
    }

    @Test
    void aNewerPlanTakesOverFromItsExercice(@TempDir Path dossier) throws IOException {
        copier("2024", "2024", dossier);
        copier("2024", "2026", dossier);
        Files.writeString(dossier.resolve("index.txt"), "# test\n2026\n2024\n");
        CataloguePlansDeComptes catalogue = CataloguePlansDeComptes.depuisDossier(dossier);
        assertEquals(List.of(2024, 2026), catalogue.exercicesDisponibles());
        assertEquals(2024, catalogue.pour(2025, Declinaison.M57_A).exercice());
        assertEquals(2026, catalogue.pour(2026, Declinaison.M57_A).exercice());
        assertEquals(2026, catalogue.pour(2030, Declinaison.M57_A).exercice());
    }

    private static void copier(String depuis, String exercice, Path dossier) throws IOException {
        Path cible = dossier.resolve(exercice + "/M57_A/planDeCompte.xml");
        Files.createDirectories(cible.getParent());
        String xml = Files.readString(NOMENCLATURE.resolve(depuis + "/M57_A/planDeCompte.xml"), StandardCharsets.UTF_8);
        Files.writeString(cible, xml.replace("Exer=\"" + depuis + "\"", "Exer=\"" + exercice + "\""));
    }
}
