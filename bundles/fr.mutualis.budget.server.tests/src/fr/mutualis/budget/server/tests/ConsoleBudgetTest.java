package fr.mutualis.budget.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.server.internal.console.BudgetCommands;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.testing.GogoShell;
import fr.mutualis.testing.OsgiServices;

/** The budget: commands as an administrator types them in the Gogo shell of the server. */
class ConsoleBudgetTest {

    private static final String CSV = """
            section;sens;chapitre;article;montant;libellé
            F;D;011;60632;6000,00;Fournitures de petit équipement
            F;D;011;60612;4000;Électricité
            F;D;012;6411;20000;Personnel titulaire
            F;D;65;65748;3000;Subventions aux associations
            F;D;023;;5000;Virement à la section d'investissement
            F;R;731;73111;25000;Impôts directs locaux
            F;R;74;74111;13000;Dotation forfaitaire
            I;D;21;2183;6000;Matériel informatique
            I;D;16;1641;1000;Remboursement d'emprunt
            I;R;021;;5000;Virement de la section de fonctionnement
            I;R;10;10222;2000;FCTVA
            """;

    private CollectiviteId commune;

    private static final List<String> COMMANDES = List.of("list", "create", "import", "execution", "engagements",
            "plans", "tiers", "loadtiers");

    /** Output and error of the last command. */
    private record Sortie(String resultat, String erreur) {
    }

    @BeforeEach
    void commune() {
        OsgiServices.service(BudgetCommands.class);
        commune = Donnees.nouvelleCommune();
    }

    private Sortie executer(String commande) {
        GogoShell.Result r = GogoShell.of("budget", COMMANDES).execute(commande);
        return new Sortie((r.value() == null ? "" : r.value().toString()) + r.out(), r.err());
    }

    private Path fichier(String contenu) throws Exception {
        Path csv = Files.createTempFile("bp-", ".csv");
        Files.writeString(csv, contenu, StandardCharsets.UTF_8);
        return csv;
    }

    private long decisions() {
        return Donnees.compter("SELECT COUNT(*) FROM budget_decision WHERE collectivite = ?", commune.code());
    }

    @Test
    void createImportListAndShowTheExecution() throws Exception {
        String code = commune.code();
        Sortie creation = executer("budget:create " + code + " 00 principal A 074001 21690123100011 123 "
                + "COMMUNE DE TEST - BUDGET PRINCIPAL");
        assertEquals("Budget créé : 00 - COMMUNE DE TEST - BUDGET PRINCIPAL (budget principal), M57 abrégée.",
                creation.resultat().strip(), creation.erreur());

        Sortie import_ = executer("budget:import -d 2026-03-30 -t 7.5 " + code + " 00 2026 " + fichier(CSV));
        assertTrue(import_.resultat().startsWith("Budget primitif 2026 de « COMMUNE DE TEST - BUDGET PRINCIPAL » voté "
                + "le 2026-03-30 : 10 chapitre(s)."), import_.resultat() + import_.erreur());
        assertTrue(import_.resultat().contains("Section de fonctionnement : dépenses 38 000,00 €, recettes 38 000,00 €"),
                import_.resultat());
        assertTrue(import_.resultat().contains("Nomenclature : M57 abrégée 2024 (Aucun plan de comptes M57 2026 n'est "
                + "livré : le plan 2024 (M57 abrégée), le plus récent disponible, s'applique.)"), import_.resultat());

        Sortie liste = executer("budget:list " + code);
        assertTrue(liste.resultat().contains("COMMUNE DE TEST - BUDGET PRINCIPAL"), liste.resultat());
        assertTrue(liste.resultat().contains("1 budget(s)"), liste.resultat());

        Sortie execution = executer("budget:execution " + code + " 00 2026");
        assertTrue(execution.resultat().contains("011 Charges à caractère général"), execution.resultat());
        assertTrue(execution.resultat().contains("10 000,00 €"), execution.resultat());
        assertTrue(execution.resultat().contains("Aucun plan de comptes M57 2026 n'est livré"), execution.resultat());
    }

    @Test
    void aCsvWithABrokenLineIsRefusedAndNothingIsWritten() throws Exception {
        executer("budget:create " + commune.code() + " 00 principal A 074001 21690123100011 123 COMMUNE DE TEST");
        String casse = CSV.replace("F;D;65;65748;3000;", "F;D;65;65748;3 000,5,0;");
        Sortie refus = executer("budget:import " + commune.code() + " 00 2026 " + fichier(casse));
        assertEquals("Erreur : Ligne 5 : montant « 3 000,5,0 » illisible (ex. 12000,00 ; positif, deux décimales au "
                + "plus).", refus.erreur().strip());
        assertEquals(0, decisions());
    }

    @Test
    void anUnbalancedBudgetIsRefusedWithTheGapAndNothingIsWritten() throws Exception {
        executer("budget:create " + commune.code() + " 00 principal A 074001 21690123100011 123 COMMUNE DE TEST");
        String desequilibre = CSV.replace("F;R;74;74111;13000;", "F;R;74;74111;12000;");
        Sortie refus = executer("budget:import " + commune.code() + " 00 2026 " + fichier(desequilibre));
        assertTrue(refus.erreur().startsWith("Erreur : Section de fonctionnement en déséquilibre : dépenses 38 000,00 €,"
                + " recettes 37 000,00 €, écart 1 000,00 €."), refus.erreur());
        assertEquals(0, decisions());
    }

    @Test
    void plansListsTheNomenclaturesLoadedAtStart() throws Exception {
        Sortie plans = executer("budget:plans");
        assertTrue(plans.resultat().contains("M57 abrégée"), plans.resultat());
        assertTrue(plans.resultat().contains("M57 développée"), plans.resultat());
    }
}
