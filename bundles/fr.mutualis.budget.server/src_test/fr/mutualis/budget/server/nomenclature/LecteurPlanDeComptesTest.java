package fr.mutualis.budget.server.nomenclature;

import static fr.mutualis.budget.server.Exemples.planAbrege;
import static fr.mutualis.budget.server.Exemples.planDeveloppe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.EmploiCompte;
import fr.mutualis.budget.api.Fonction;
import fr.mutualis.budget.api.NatureOperation;
import fr.mutualis.budget.api.Nomenclature;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.TypeChapitre;
import fr.mutualis.core.api.DonneeInvalideException;

class LecteurPlanDeComptesTest {

    /** Chapters named in domain.md 1.2 ("656" is chapter 6586 in the official plan; "45x" are 4581/4582). */
    private static final List<String> CHAPITRES_DOMAINE = List.of("011", "012", "014", "65", "6586", "66", "67", "68",
            "022", "013", "70", "73", "731", "74", "75", "76", "77", "78", "002", "023", "042", "20", "204", "21", "23",
            "16", "10", "13", "26", "27", "4581", "4582", "020", "001", "024", "040", "041", "021");

    @Test
    void abregeeHasTheCountsOfSourceMd() {
        PlanDeComptes plan = planAbrege();
        assertEquals(new Nomenclature("M57", Declinaison.M57_A, 2024, 48, 824, 249), plan.resume());
        assertEquals(Map.of(Section.FONCTIONNEMENT, 24L, Section.INVESTISSEMENT, 24L), parSection(plan));
        assertEquals(Map.of(1, 10L, 2, 67L, 3, 144L, 4, 28L),
                plan.fonctions().stream().collect(Collectors.groupingBy(Fonction::niveau, Collectors.counting())));
    }

    @Test
    void developpeeHasTheCountsOfSourceMd() {
        PlanDeComptes plan = planDeveloppe();
        assertEquals(new Nomenclature("M57", Declinaison.M57_D, 2024, 54, 1485, 249), plan.resume());
        assertEquals(Map.of(Section.FONCTIONNEMENT, 24L, Section.INVESTISSEMENT, 30L), parSection(plan));
        assertTrue(plan.chapitre("45411").isPresent());
        assertTrue(planAbrege().chapitre("45411").isEmpty());
    }

    @Test
    void spotChecksOfSourceMdHold() {
        for (PlanDeComptes plan : List.of(planAbrege(), planDeveloppe())) {
            assertEquals(Map.of(EmploiCompte.DR, "011"), article(plan, "60632").chapitres());
            assertEquals("Fournitures de petit équipement", article(plan, "60632").libelle());
            assertEquals(Map.of(EmploiCompte.RR, "731"), article(plan, "73111").chapitres());
            assertEquals("Impôts directs locaux", article(plan, "73111").libelle());
            assertEquals(Map.of(EmploiCompte.RR, "74"), article(plan, "74111").chapitres());
            assertEquals(new Chapitre("012", "Charges de personnel et frais assimilés", Section.FONCTIONNEMENT,
                    TypeChapitre.GLOBALISE, NatureOperation.REELLE, false), plan.chapitre("012").orElseThrow());
            Chapitre virementRecu = plan.chapitre("021").orElseThrow();
            assertEquals(TypeChapitre.PREVISION, virementRecu.type());
            assertEquals(Section.INVESTISSEMENT, virementRecu.section());
            assertEquals(Map.of(EmploiCompte.ROES, "021"), article(plan, "021").chapitres());
            Chapitre virementDonne = plan.chapitre("023").orElseThrow();
            assertEquals(TypeChapitre.PREVISION, virementDonne.type());
            assertEquals(Section.FONCTIONNEMENT, virementDonne.section());
            assertEquals(Map.of(EmploiCompte.DOES, "023"), article(plan, "023").chapitres());
        }
        assertEquals(Map.of(EmploiCompte.DR, "012"), article(planAbrege(), "6411").chapitres());
        assertTrue(planDeveloppe().article("6411").isEmpty(), "6411 is a grouping level in the développée");
        assertEquals("Rémunération principale", article(planDeveloppe(), "64111").libelle());
        assertEquals(Map.of(EmploiCompte.DR, "012"), article(planDeveloppe(), "64111").chapitres());
    }

    @Test
    void deletedAccountsAndGroupingLevelsAreLeftOut() {
        PlanDeComptes plan = planAbrege();
        for (String supprime : List.of("657362", "748313", "7588", "6217", "10229", "76233")) {
            assertTrue(plan.article(supprime).isEmpty(), supprime);
        }
        for (String regroupement : List.of("60", "606", "7311", "6531", "616")) {
            assertTrue(plan.article(regroupement).isEmpty(), regroupement);
        }
        assertEquals("Autres", article(plan, "65888").libelle(), "a child of the deleted 6588 stays usable");
        assertTrue(plan.article("657364").isPresent(), "its sub-accounts are all deleted, so it is usable itself");
    }

    @Test
    void allChaptersOfTheDomainReferenceExistInBothVariants() {
        for (PlanDeComptes plan : List.of(planAbrege(), planDeveloppe())) {
            List<String> absents = CHAPITRES_DOMAINE.stream().filter(c -> plan.chapitre(c).isEmpty()).toList();
            assertEquals(List.of(), absents, plan.declinaison().name());
        }
    }

    @Test
    void ordreChaptersAreDerivedFromTheAccountsThatFeedThem() {
        for (PlanDeComptes plan : List.of(planAbrege(), planDeveloppe())) {
            Set<String> ordre = plan.chapitres().stream().filter(c -> c.nature() == NatureOperation.ORDRE)
                    .map(Chapitre::code).collect(Collectors.toSet());
            assertEquals(Set.of("021", "023", "040", "041", "042", "043"), ordre, plan.declinaison().name());
        }
    }

    @Test
    void forecastOnlyChaptersAreExactlyTheTypeLChapters() {
        for (PlanDeComptes plan : List.of(planAbrege(), planDeveloppe())) {
            Set<String> typeL = plan.chapitres().stream().filter(Chapitre::previsionSeulement).map(Chapitre::code)
                    .collect(Collectors.toSet());
            assertEquals(Chapitre.CODES_PREVISION, typeL);
        }
        Set<String> speciaux = planAbrege().chapitres().stream().filter(Chapitre::special).map(Chapitre::code)
                .collect(Collectors.toSet());
        assertEquals(Set.of("016", "017", "018"), speciaux);
    }

    @Test
    void fonctionsKeepTheirTree() {
        PlanDeComptes plan = planAbrege();
        assertEquals(new Fonction("0", "Services généraux", null, 1), plan.fonction("0").orElseThrow());
        assertEquals(new Fonction("020", "Administration générale de la collectivité", "02", 3),
                plan.fonction("020").orElseThrow());
        assertEquals("Voirie communale", plan.fonction("845").orElseThrow().libelle());
    }

    @Test
    void windowsPunctuationWrittenAsC1ControlsIsRepaired() {
        assertEquals("Part investissement – marchés de partenariat", article(planAbrege(), "235").libelle());
        assertEquals("CNFPT – Formation des actifs occupés", planAbrege().fonction("256").orElseThrow().libelle());
        assertEquals("Reprise sur autres fonds d’investissement", article(planAbrege(), "102298").libelle());
        assertFalse(planAbrege().articles().stream().anyMatch(a -> a.libelle().matches(".*[\\u0080-\\u009F].*")));
    }

    @Test
    void refusesAFileThatIsNotAPlanDeComptes() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> LecteurPlanDeComptes.lire(xml("<DocumentBudgetaire/>")));
        assertEquals("Ce fichier n'est pas un plan de comptes TOTEM (racine « DocumentBudgetaire » au lieu de "
                + "« Nomenclature »).", e.getMessage());
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsEverRead() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> LecteurPlanDeComptes.lire(
                xml("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Nomenclature>&e;</Nomenclature>")));
        assertTrue(e.getMessage().startsWith("Plan de comptes illisible"), e.getMessage());
    }

    private static Map<Section, Long> parSection(PlanDeComptes plan) {
        return plan.chapitres().stream().collect(Collectors.groupingBy(Chapitre::section, Collectors.counting()));
    }

    private static Article article(PlanDeComptes plan, String code) {
        return plan.article(code).orElseThrow(() -> new AssertionError("article " + code + " absent"));
    }

    private static ByteArrayInputStream xml(String texte) {
        return new ByteArrayInputStream(texte.getBytes(StandardCharsets.UTF_8));
    }
}
