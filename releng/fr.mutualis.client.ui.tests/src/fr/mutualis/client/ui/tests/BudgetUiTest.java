package fr.mutualis.client.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * The budget module in the client, against the server product: the secretary shared by Brizon and Vougy sees each
 * commune's budget (never both), enters a mandat whose available credit shows as she types (an amount over it is
 * refused before "Émettre" can be used), then prepares, sends and exports the bordereau (PES and PDF, in a job with
 * a progress bar), and looks at the execution report and its chart.
 */
class BudgetUiTest {

    static final String PASSWORD = "budget-ui-2026";
    static final String BP_BRIZON = """
            F;D;011;60632;10000;Fournitures
            F;D;012;6411;20000;Personnel
            F;D;023;;5000;Virement à la section d'investissement
            F;R;731;73111;22000;Impôts directs locaux
            F;R;74;74111;13000;Dotation forfaitaire
            I;D;21;2183;5000;Matériel informatique
            I;R;021;;5000;Virement de la section de fonctionnement
            """;
    static final String BP_VOUGY = """
            F;D;011;60632;4000;Fournitures
            F;D;012;6411;9000;Personnel
            F;R;731;73111;13000;Impôts directs locaux
            """;
    static final Tiers FOURNISSEUR = new Tiers("QUINCAILLERIE MARTIN", null, "73282932000074", "F0012", "60", "03",
            null, new Adresse("12 RUE DE LA GARE", null, "74130", "BRIZON"), "FR7630006000011234567890189",
            "AGRIFRPP882");

    static ServerProcess server;
    static Path exports;

    @BeforeAll
    static void startServer() throws IOException {
        Path brizon = Files.createTempFile("bp-brizon-", ".csv");
        Files.writeString(brizon, BP_BRIZON, StandardCharsets.UTF_8);
        Path vougy = Files.createTempFile("bp-vougy-", ".csv");
        Files.writeString(vougy, BP_VOUGY, StandardCharsets.UTF_8);
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " secretaire.budget Marie Secrétaire",
                "mutualis:grant secretaire.budget 74049 saisie ordonnateur",
                "mutualis:grant secretaire.budget 74312 saisie ordonnateur",
                "mutualis:enable 74049 budget",
                "mutualis:enable 74312 budget",
                "budget:create 74049 00 principal A 074001 21740049800010 123 COMMUNE DE BRIZON - BUDGET PRINCIPAL",
                "budget:import -d 2026-03-30 -t 7.5 74049 00 2026 " + brizon,
                "budget:create 74312 00 principal A 074002 21743120400015 456 COMMUNE DE VOUGY - BUDGET PRINCIPAL",
                "budget:import -d 2026-04-02 74312 00 2026 " + vougy));
        try (ServerConnection connection = ServerConnection.open(server.address(), "secretaire.budget", PASSWORD)) {
            connection.service(TiersService.class).enregistrerTiers(new CollectiviteId("74049"), FOURNISSEUR);
        }
        exports = Path.of(System.getProperty("mutualis.screenshots", "target/screenshots"))
                .resolveSibling("budget-exports");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void theSharedSecretaryEntersAMandatAndExportsItsBordereau() throws Exception {
        try {
            parcours();
        } catch (AssertionError | RuntimeException e) {
            Ui.screenshot("budget-echec");
            throw new AssertionError(e.getMessage() + " — messages des vues : " + messages(), e);
        }
    }

    private void parcours() throws Exception {
        Ui.login(server.address(), "secretaire.budget", PASSWORD);
        Combo switcher = Ui.find("collectivite.switcher", Combo.class);
        assertEquals(List.of("Brizon (74049)", "Vougy (74312)"), Ui.sync(() -> List.of(switcher.getItems())));

        // Each commune's budget, never both
        Ui.select(switcher, "Brizon (74049)");
        Ui.tab("Budgets");
        Label fiche = Ui.find("budget.budgets.fiche", Label.class);
        Ui.waitFor("Brizon's budget", () -> fiche.getText().contains("COMMUNE DE BRIZON"));
        Table credits = Ui.find("budget.budgets.credits", Table.class);
        Ui.waitFor("Brizon's credits", () -> credits.getItemCount() == 7);
        assertTrue(Ui.rows(credits).contains(List.of("budget primitif", "30/03/2026", "fonctionnement", "dépense",
                "011 Charges à caractère général", "10 000,00 €")), Ui.rows(credits).toString());
        assertTrue(Ui.text(Ui.find("budget.budgets.nomenclature", Label.class))
                .contains("Aucun plan de comptes M57 2026 n'est livré"));
        Ui.screenshot("budget-brizon-budgets");

        Ui.select(switcher, "Vougy (74312)");
        Ui.waitFor("Vougy's budget", () -> fiche.getText().contains("COMMUNE DE VOUGY"));
        Ui.waitFor("Vougy's credits only", () -> credits.getItemCount() == 3);
        assertTrue(Ui.rows(credits).stream().noneMatch(r -> r.get(5).equals("10 000,00 €")), "no Brizon line");
        Ui.screenshot("budget-vougy-budgets");

        // A mandat entered in Brizon's form: the available credit and the refusal show as one types
        Ui.select(switcher, "Brizon (74049)");
        Ui.waitFor("Brizon's budget again", () -> fiche.getText().contains("COMMUNE DE BRIZON"));
        Ui.tab("Mandats et titres");
        Combo tiers = Ui.find("budget.saisie.tiers", Combo.class);
        Ui.waitFor("Brizon's tiers", () -> tiers.getItemCount() == 1);
        Ui.type(Ui.find("budget.saisie.objet", Text.class), "Fournitures pour l'école");
        Ui.type(Ui.find("budget.saisie.article", Text.class), "60632");
        Ui.type(Ui.find("budget.saisie.fonction", Text.class), "213");
        Ui.type(Ui.find("budget.saisie.montant", Text.class), "12000");
        Label disponible = Ui.find("budget.saisie.disponible", Label.class);
        Label erreur = Ui.find("budget.saisie.erreur", Label.class);
        Button emettre = Ui.find("budget.saisie.emettre", Button.class);
        Ui.waitFor("the available credit", () -> disponible.getText().startsWith(
                "Disponible au chapitre 011 Charges à caractère général : 10 000,00 €"));
        assertEquals("Crédits insuffisants au chapitre 011 : crédits ouverts 10 000,00 €, déjà mandaté 0,00 €, montant "
                + "demandé 12 000,00 €, manque 2 000,00 €.", Ui.text(erreur));
        assertFalse(Ui.sync(emettre::isEnabled), "a mandat over the credits cannot be issued");
        Ui.screenshot("budget-saisie-refus");

        Ui.type(Ui.find("budget.saisie.montant", Text.class), "1 234,56");
        Ui.waitFor("the line is valid", () -> erreur.getText().isEmpty() && emettre.isEnabled());
        Ui.click(emettre);
        Ui.waitForText("Mandat n° 1/2026 émis : 1 234,56 € au chapitre 011.");
        Table registre = Ui.find("budget.saisie.registre", Table.class);
        Ui.waitFor("the mandat in the register", () -> registre.getItemCount() == 1);
        Ui.waitFor("the credit left", () -> disponible.getText().startsWith(
                "Disponible au chapitre 011 Charges à caractère général : 8 765,44 €"));
        Ui.screenshot("budget-saisie-mandat");

        // The bordereau: prepared, sent (numbered), exported as PES and PDF in a job with a progress bar
        Ui.tab("Bordereaux");
        Table pieces = Ui.find("budget.bordereaux.pieces", Table.class);
        Ui.waitFor("the free mandat", () -> pieces.getItemCount() == 1);
        Ui.sync(() -> {
            pieces.getItem(0).setChecked(true);
            return null;
        });
        Ui.click(Ui.find("budget.bordereaux.preparer", Button.class));
        Table bordereaux = Ui.find("budget.bordereaux.liste", Table.class);
        Ui.waitFor("the bordereau in preparation", () -> bordereaux.getItemCount() == 1
                && bordereaux.getItem(0).getText(1).equals("en préparation"));
        selectionner(bordereaux, 0);
        Ui.click(Ui.find("budget.bordereaux.envoyer", Button.class));
        Ui.waitFor("the bordereau sent", () -> bordereaux.getItemCount() == 1
                && bordereaux.getItem(0).getText(0).equals("Bordereau n° 1 de mandats"));
        assertEquals(List.of("Bordereau n° 1 de mandats", "envoyé", "01", "1", "1 234,56 €", "0,00 €"),
                Ui.rows(bordereaux).get(0).subList(0, 6));
        selectionner(bordereaux, 0);
        Ui.type(Ui.find("budget.bordereaux.dossier", Text.class), exports.toString());
        Ui.click(Ui.find("budget.bordereaux.exporter", Button.class));
        Ui.waitForText("Exporté dans " + exports);
        ProgressBar progression = Ui.find("budget.bordereaux.progression", ProgressBar.class);
        Ui.waitFor("the progress bar full", () -> progression.getSelection() == progression.getMaximum());
        Path pes = exports.resolve("PES_DEP_00_2026_B1.xml");
        Path pdf = exports.resolve("Bordereau_mandats_00_2026_01-1.pdf");
        assertTrue(Files.readString(pes, StandardCharsets.ISO_8859_1).contains("<MtBordHT V=\"1234.56\"/>"));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        Ui.screenshot("budget-bordereau-export");

        // The execution report and its chart
        Ui.tab("Exécution");
        Table execution = Ui.find("budget.execution.tableau", Table.class);
        Ui.waitFor("the execution report", () -> execution.getItemCount() == 7);
        assertTrue(Ui.rows(execution).contains(List.of("fonctionnement", "dépense", "011 Charges à caractère général",
                "10 000,00 €", "0,00 €", "1 234,56 €", "8 765,44 €")), Ui.rows(execution).toString());
        Ui.find("budget.execution.graphique", org.eclipse.swt.widgets.Canvas.class);
        Ui.screenshot("budget-execution");
    }

    /** The status lines of the budget parts, to tell why a step did not happen. */
    private static List<String> messages() {
        return Ui.sync(() -> {
            List<String> textes = new java.util.ArrayList<>();
            for (Shell shell : Ui.display().getShells()) {
                statuts(shell, textes);
            }
            return textes;
        });
    }

    private static void statuts(Control control, List<String> textes) {
        Object id = control.getData(fr.mutualis.client.ClientIds.WIDGET_ID);
        if (control instanceof Label label && id instanceof String nom && nom.startsWith("budget.")
                && nom.endsWith(".statut")) {
            textes.add(nom + " = " + label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control enfant : composite.getChildren()) {
                statuts(enfant, textes);
            }
        }
    }

    private static void selectionner(Table table, int ligne) {
        Ui.sync(() -> {
            table.setSelection(ligne);
            return null;
        });
    }
}
