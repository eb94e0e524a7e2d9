package fr.mutualis.payroll.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.EchelonGrade;
import fr.mutualis.payroll.api.GradeGrille;
import fr.mutualis.payroll.api.GradeService;
import fr.mutualis.testing.OsgiServices;

/** The grades and their grids, as the agent form gets them remotely and the administrator reads them at the console. */
class GradesTest {

    @Test
    void theServiceOffersTheGradesByNameWithTheirGridAtTheDateAsked() {
        CollectiviteId commune = Fixtures.nouvelleCommune();
        GradeService service = OsgiServices.service(GradeService.class);
        List<GradeGrille> grades = Fixtures.enPaie(commune, () -> service.grades(commune, LocalDate.of(2026, 1, 1)));
        assertTrue(grades.size() >= 24, "the 24 shipped grades, and those loaded by earlier runs: " + grades.size());
        GradeGrille adjoint = grades.stream().filter(g -> g.code().equals("ADJ-ADM-P2")).findFirst().orElseThrow();
        assertEquals("Adjoint administratif principal de 2e classe (ADJ-ADM-P2)", adjoint.intitule());
        assertEquals("C2", adjoint.codeGrille());
        assertEquals(LocalDate.of(2024, 1, 1), adjoint.dateEffet());
        assertEquals(370, adjoint.indiceMajore(3));
        assertEquals(374, adjoint.indiceMajore(5));
        assertTrue(adjoint.sources().stream().anyMatch(s -> s.contains("décret n° 2016-604")), adjoint.sources()
                .toString());
        GradeGrille attache = grades.stream().filter(g -> g.code().equals("ATTACHE")).findFirst().orElseThrow();
        assertEquals(new EchelonGrade(11, 821, 678, 0), attache.echelons().get(10));
        assertEquals(List.of(), Fixtures.enPaie(commune, () -> service.grades(commune, LocalDate.of(2023, 12, 31))),
                "no shipped grid is older than 2024-01-01");
    }

    @Test
    void theConsoleListsTheGradesAndShowsAGridWithItsSources() {
        String grades = Gogo.ok("paie:grades 2026-01-15");
        assertTrue(grades.startsWith("Grades et grilles en vigueur le 2026-01-15 :\nCode"), grades);
        assertTrue(grades.contains("Adjoint technique principal de 1re classe"), grades);
        assertTrue(grades.contains("ING-PRINCIPAL") && grades.contains("524 à 826"), grades);
        assertTrue(grades.matches("(?s).*\\n\\d+ grade\\(s\\)\\. Détail d'une grille : paie:grid <code> \\[date\\]\\."),
                grades);

        String grille = Gogo.ok("paie:grid adj-adm-p2 2026-01");
        assertTrue(grille.startsWith("Adjoint administratif principal de 2e classe (ADJ-ADM-P2) — grille C2, "),
                grille);
        assertTrue(grille.contains("en vigueur depuis le 2024-01-01"), grille);
        assertTrue(grille.matches("(?s).*\\n\\s+3\\s+—\\s+370\\s+1 an\\n.*"), grille);
        assertTrue(grille.contains("décret n° 2006-1690"), grille);

        String attache = Gogo.ok("paie:grid ATTACHE");
        assertTrue(attache.matches("(?s).*\\n\\s+5\\s+567\\s+485\\s+2 ans 6 mois\\n.*"), attache);

        Gogo.refus("paie:grid C9 2026-01", "Aucune grille en vigueur le 2026-01-01 pour « C9 » : paie:grades liste les "
                + "codes connus.");
        Gogo.refus("paie:grades 2026-13", "Date invalide « 2026-13 » : format attendu AAAA-MM-JJ ou AAAA-MM, par "
                + "exemple 2026-01-01.");
    }

    @Test
    void thePayslipNamesTheGrade() {
        CollectiviteId commune = Fixtures.nouvelleCommune();
        Fixtures.enPaie(commune, () -> Fixtures.agents().creerAgent(commune, Fixtures.adjointPrincipal("G0001", 3,
                370)));
        Gogo.ok("paie:run " + commune + " 2026-01");
        String bulletin = Gogo.ok("paie:payslip " + commune + " 2026-01 G0001");
        assertTrue(bulletin.contains("Grade (grille) et échelon : Adjoint administratif principal de 2e classe "
                + "(grille ADJ-ADM-P2), échelon 3"), bulletin);
        assertTrue(bulletin.contains("Indice majoré : 370"), bulletin);
    }

    @Test
    void aGradeLoadedFromAFileIsOfferedAndAConflictingOneRefused(@TempDir Path dossier) throws IOException {
        // a code no earlier run used: loaded files are kept and merged again at every start
        String code = "ESSAI-" + System.nanoTime() % 1_000_000_000L;
        Path fichier = dossier.resolve("grades.json");
        Files.writeString(fichier, """
                { "format": "mutualis-paie-grilles/1", "grilles": [],
                  "grades": [ { "code": "%s", "libelle": "Grade d'essai", "categorie": "C", "filiere": "technique",
                                "grille": "C1", "sources": [ "test OSGi" ] } ] }
                """.formatted(code), StandardCharsets.UTF_8);
        assertEquals("Fichier « grades.json » chargé : 1 grille(s) ou grade(s) nouveau(x). Il est conservé et rechargé "
                + "à chaque démarrage du serveur.", Gogo.ok("paie:load " + fichier));
        assertTrue(Gogo.ok("paie:grades").contains(code), "offered at once");
        assertEquals("Fichier « grades.json » : aucune grille ni aucun grade nouveau, tout était déjà connu ; rien "
                + "n'a été enregistré.", Gogo.ok("paie:load " + fichier));
        Files.writeString(fichier, Files.readString(fichier).replace("Grade d'essai", "Autre nom"));
        Gogo.refus("paie:load " + fichier, "Grade " + code + " : il existe déjà avec un autre libellé ou une autre "
                + "grille.");
    }
}
