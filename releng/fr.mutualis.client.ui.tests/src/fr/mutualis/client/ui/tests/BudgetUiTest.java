package fr.mutualis.client.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.custom.ScrolledComposite;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.client.ApercuPdf;
import fr.mutualis.client.Confirmation;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * The budget module in the client, against the server product: the secretary shared by Brizon and Vougy sees each
 * commune's budget (never both), enters a mandat whose available credit shows as she types (an amount over it is
 * refused before "Émettre" can be used), then prepares, sends and exports the bordereau (PES and PDF, in a job with
 * a progress bar), and looks at the execution report and its chart. Then she keeps the répertoire of tiers (create,
 * search, change, deactivate), takes an engagement, issues a mandat from it (the form is filled from the engagement and
 * emptied once issued), cancels it from the register, reduces the engagement, makes a virement (one over the cap is
 * checked as typed); switching collectivity empties the forms and lists.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
                "budget:engagements 74049 non",
                "budget:import -d 2026-03-30 -t 7.5 74049 00 2026 " + brizon,
                "budget:create 74312 00 principal A 074002 21743120400015 456 COMMUNE DE VOUGY - BUDGET PRINCIPAL",
                "budget:import -d 2026-04-02 74312 00 2026 " + vougy,
                "budget:engagements 74312 oui"));
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
    @Order(1)
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

        // The tiers is found by typing part of its name
        Text tiers = Ui.find("budget.saisie.tiers", Text.class);
        Ui.type(tiers, "quincaill");
        Label retenu = Ui.find("budget.saisie.tiers.retenu", Label.class);
        Ui.waitFor("the tiers found", () -> retenu.getText().startsWith(
                "Tiers retenu : QUINCAILLERIE MARTIN (SIRET 73282932000074), 74130 BRIZON"));
        assertTrue(Ui.text(retenu).endsWith(", IBAN FR76 •••• 0189"), "the IBAN masked: " + Ui.text(retenu));

        Ui.type(Ui.find("budget.saisie.montant", Text.class), "1 234,56");
        Ui.waitFor("the line is valid", () -> erreur.getText().isEmpty() && emettre.isEnabled());
        Ui.click(emettre);
        Ui.waitForText("Mandat n° 1/2026 émis : 1 234,56 € au chapitre 011.");
        Table registre = Ui.find("budget.saisie.registre", Table.class);
        Ui.waitFor("the mandat in the register", () -> registre.getItemCount() == 1);
        assertTrue(Ui.sync(() -> registre.getSize().y >= registre.getHeaderHeight() + 8 * registre.getItemHeight()),
                "eight rows of the register shown at 1280x800");
        Combo budgetSaisie = Ui.find("budget.saisie.budget", Combo.class);
        assertTrue(Ui.sync(() -> budgetSaisie.getSize().x >= budgetSaisie.computeSize(-1, -1, true).x),
                "the budget's whole label shown: " + Ui.sync(budgetSaisie::getText));
        Text objetSaisi = Ui.find("budget.saisie.objet", Text.class);
        Text articleSaisi = Ui.find("budget.saisie.article", Text.class);
        Text montantSaisi = Ui.find("budget.saisie.montant", Text.class);
        Ui.waitFor("the form emptied once the mandat is issued: the next one starts from nothing",
                () -> tiers.getText().isEmpty() && objetSaisi.getText().isEmpty() && articleSaisi.getText().isEmpty()
                        && montantSaisi.getText().isEmpty());
        Ui.type(articleSaisi, "60632");
        Ui.waitFor("the credit left", () -> disponible.getText().startsWith(
                "Disponible au chapitre 011 Charges à caractère général : 8 765,44 €"));
        Ui.screenshot("budget-saisie-mandat");
        Ui.type(articleSaisi, "");

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
        assertTrue(Ui.sync(() -> bordereaux.getSize().y >= bordereaux.getHeaderHeight()
                + 5 * bordereaux.getItemHeight()), "five bordereaux shown at 1280x800");
        assertTrue(Ui.sync(() -> pieces.getSize().y >= pieces.getHeaderHeight() + 5 * pieces.getItemHeight()),
                "five free pièces shown at 1280x800");
        selectionner(bordereaux, 0);
        // The preview is rendered inside the client, whatever PDF viewer the computer has (or not)
        Ui.click(Ui.find("budget.bordereaux.apercu", Button.class));
        ScrolledComposite pages = Ui.find(ApercuPdf.PAGES_ID, ScrolledComposite.class);
        assertTrue(Ui.sync(() -> ((Composite) pages.getContent()).getChildren().length >= 1
                && ((Label) ((Composite) pages.getContent()).getChildren()[0]).getImage().getBounds().width > 700),
                "the bordereau's first page shown as an image, an A4 page wide");
        Ui.screenshot("h14budget-bordereau-apercu");
        Ui.click(Ui.find(ApercuPdf.FERMER_ID, Button.class));
        Ui.waitForText("Aperçu de ");
        Ui.pause(500);
        assertEquals(1, Ui.sync(() -> bordereaux.getSelectionCount()), "the bordereau still selected after the preview");
        Ui.clickLater(Ui.find("budget.bordereaux.envoyer", Button.class));
        Label irreversible = Ui.find(Confirmation.IRREVERSIBLE_ID, Label.class);
        assertTrue(Ui.text(irreversible).startsWith("Irréversible : le numéro attribué"));
        Ui.waitForText("1 pièce(s)");
        Ui.screenshot("h14budget-bordereau-confirmation");
        Ui.click(Ui.find(Confirmation.OK_ID, Button.class));
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

    @Test
    @Order(2)
    void theSecretaryKeepsHerTiersAndEngagementsAndCorrectsAMandat() throws Exception {
        try {
            tiersEtEngagements();
        } catch (AssertionError | RuntimeException e) {
            Ui.screenshot("budget-tiers-echec");
            throw new AssertionError(e.getMessage() + " — messages des vues : " + messages(), e);
        }
    }

    private void tiersEtEngagements() throws Exception {
        Ui.login(server.address(), "secretaire.budget", PASSWORD);
        Combo switcher = Ui.find("collectivite.switcher", Combo.class);
        Ui.select(switcher, "Vougy (74312)");

        // The répertoire: a tiers created, a wrong SIRET refused, a search, a change, a deactivation
        Ui.tab("Tiers");
        Table liste = Ui.find("budget.tiers.liste", Table.class);
        Label message = Ui.find("budget.tiers.message", Label.class);
        Ui.waitForText("Aucun tiers dans le répertoire");
        Ui.click(Ui.find("budget.tiers.nouveau", Button.class));
        remplir("budget.tiers", "BOULANGERIE DUPONT", "73282932000074", "2 PLACE DE L'EGLISE", "74140", "vougy");
        Ui.type(Ui.find("budget.tiers.iban", Text.class), "FR76 3000 6000 0112 3456 7890 189");
        Ui.type(Ui.find("budget.tiers.bic", Text.class), "AGRIFRPP882");
        Ui.click(Ui.find("budget.tiers.enregistrer", Button.class));
        Ui.waitFor("the tiers saved", () -> message.getText().equals(
                "Tiers enregistré : BOULANGERIE DUPONT (SIRET 73282932000074)."));
        Ui.waitFor("one tiers", () -> liste.getItemCount() == 1);
        assertEquals("FR76 •••• 0189", Ui.rows(liste).get(0).get(4), "the IBAN masked in the list");

        Ui.click(Ui.find("budget.tiers.nouveau", Button.class));
        remplir("budget.tiers", "ASSOCIATION SPORTIVE", "73282932000075", "1 RUE DU STADE", "74140", "saxel");
        Ui.click(Ui.find("budget.tiers.enregistrer", Button.class));
        Ui.waitFor("the wrong SIRET refused", () -> message.getText().contains("73282932000075"));
        assertTrue(Ui.entierementVisible(message), "the whole refusal can be read (or scrolled to)");
        for (String champ : List.of("nom", "categorie", "voie", "iban")) {
            assertTrue(Ui.sansDefilerEnLargeur(Ui.find("budget.tiers." + champ, Control.class)), "the tiers form whole at 1280x800: "
                    + champ);
        }
        assertEquals(1, Ui.rows(liste).size(), "nothing written on a refusal");
        Ui.type(Ui.find("budget.tiers.siret", Text.class), "");
        Ui.click(Ui.find("budget.tiers.enregistrer", Button.class));
        Ui.waitFor("two tiers", () -> liste.getItemCount() == 2);

        Ui.type(Ui.find("budget.tiers.liste.filtre", Text.class), "saxel");
        Ui.waitFor("the search by city", () -> liste.getItemCount() == 1);
        assertEquals("ASSOCIATION SPORTIVE", Ui.rows(liste).get(0).get(0));
        Ui.type(Ui.find("budget.tiers.liste.filtre", Text.class), "732829320");
        Ui.waitFor("the search by SIREN", () -> liste.getItemCount() == 1
                && liste.getItem(0).getText(0).equals("BOULANGERIE DUPONT"));
        Ui.type(Ui.find("budget.tiers.liste.filtre", Text.class), "");
        Ui.waitFor("the whole list", () -> liste.getItemCount() == 2);

        Ui.selectRow(liste, "ASSOCIATION SPORTIVE");
        Text ville = Ui.find("budget.tiers.ville", Text.class);
        Ui.waitFor("the tiers shown in the form", () -> ville.getText().equals("SAXEL"));
        Ui.type(ville, "Bons-en-Chablais");
        Ui.click(Ui.find("budget.tiers.enregistrer", Button.class));
        Ui.waitFor("the city changed", () -> Ui.rows(liste).stream().anyMatch(r -> r.get(0).equals(
                "ASSOCIATION SPORTIVE") && r.get(2).equals("BONS-EN-CHABLAIS")));
        Ui.selectRow(liste, "ASSOCIATION SPORTIVE");
        Ui.click(Ui.find("budget.tiers.activer", Button.class));
        Ui.waitFor("the tiers deactivated", () -> Ui.rows(liste).stream().anyMatch(r -> r.get(0).equals(
                "ASSOCIATION SPORTIVE") && r.get(5).equals("désactivé")));
        Ui.screenshot("h14budget-tiers");

        // An engagement for the baker
        Ui.tab("Engagements");
        Ui.waitForText("La collectivité tient une comptabilité d'engagement");
        Label erreurVide = Ui.find("budget.engagements.erreur", Label.class);
        assertEquals("", Ui.text(erreurVide), "an empty form shows no error before any typing");
        assertFalse(Ui.sync(Ui.find("budget.engagements.engager", Button.class)::isEnabled));
        Ui.type(Ui.find("budget.engagements.objet", Text.class), "Pain pour la cantine");
        Ui.type(Ui.find("budget.engagements.article", Text.class), "60632");
        Ui.type(Ui.find("budget.engagements.montant", Text.class), "1500");
        Label erreurEngagement = Ui.find("budget.engagements.erreur", Label.class);
        Ui.waitFor("the tiers asked for", () -> erreurEngagement.getText().startsWith("Choisissez le tiers"));
        Ui.type(Ui.find("budget.engagements.tiers", Text.class), "association");
        Ui.pause(300);
        assertTrue(Ui.text(erreurEngagement).startsWith("Aucun tiers actif ne correspond à « association »"),
                "a deactivated tiers is not offered: " + Ui.text(erreurEngagement));
        // A part of a name is not a tiers, even when only one matches: the user picks it in the proposals
        Ui.type(Ui.find("budget.engagements.tiers", Text.class), "boulang");
        Button engager = Ui.find("budget.engagements.engager", Button.class);
        Ui.waitFor("the partly typed tiers refused", () -> erreurEngagement.getText().equals("« boulang » n'est "
                + "qu'une partie du nom : choisissez « BOULANGERIE DUPONT (SIRET 73282932000074) » dans la liste "
                + "proposée (flèche bas, puis Entrée)."));
        assertFalse(Ui.sync(engager::isEnabled), "no engagement for a partly typed tiers");
        Ui.type(Ui.find("budget.engagements.tiers", Text.class), "BOULANGERIE DUPONT (SIRET 73282932000074)");
        Ui.waitFor("the engagement valid", () -> engager.isEnabled());
        Ui.click(engager);
        Table engagements = Ui.find("budget.engagements.liste", Table.class);
        Ui.waitFor("the engagement listed", () -> engagements.getItemCount() == 1);
        assertEquals(List.of("1", "BOULANGERIE DUPONT", "Pain pour la cantine", euros("1500"), euros("0"),
                euros("1500"), "en cours"), sans(Ui.rows(engagements).get(0), 1, 4, 9));
        Ui.screenshot("h14budget-engagements");
        assertEquals(List.of(), Ui.cutControls(), "the engagements part usable at the default window size");

        // A mandat from the engagement: filled in from it, then emptied once issued
        Ui.tab("Mandats et titres");
        Combo engagement = Ui.find("budget.saisie.engagement", Combo.class);
        String item = Ui.waitFor("the engagement offered", () -> java.util.Arrays.stream(engagement.getItems())
                .filter(i -> i.startsWith("n° 1/2026 — Pain pour la cantine (BOULANGERIE DUPONT)")).findFirst()
                .orElse(null));
        Ui.select(engagement, item);
        Text objet = Ui.find("budget.saisie.objet", Text.class);
        Text montant = Ui.find("budget.saisie.montant", Text.class);
        Text tiers = Ui.find("budget.saisie.tiers", Text.class);
        Text article = Ui.find("budget.saisie.article", Text.class);
        assertEquals(List.of("Pain pour la cantine", "60632", "1500,00",
                "BOULANGERIE DUPONT (SIRET 73282932000074)"), Ui.sync(() -> List.of(objet.getText(),
                        article.getText(), montant.getText(), tiers.getText())));
        Ui.type(montant, "600");
        Button emettre = Ui.find("budget.saisie.emettre", Button.class);
        Ui.waitFor("the mandat valid", () -> emettre.isEnabled());
        Ui.screenshot("h14budget-saisie-engagement");
        assertEquals(List.of(), Ui.cutControls(), "the mandat form usable at the default window size");
        Ui.click(emettre);
        Ui.waitForText("Mandat n° 1/2026 émis : " + euros("600") + " au chapitre 011.");
        Ui.waitFor("the form emptied", () -> objet.getText().isEmpty() && tiers.getText().isEmpty()
                && engagement.getSelectionIndex() == 0);

        // The mandat cancelled from the register
        Table registre = Ui.find("budget.saisie.registre", Table.class);
        Ui.waitFor("the mandat in the register", () -> registre.getItemCount() == 1);
        assertTrue(Ui.sync(() -> registre.getSize().y >= registre.getHeaderHeight() + 8 * registre.getItemHeight()),
                "eight rows of the register shown at 1280x800");
        Combo budgetSaisie = Ui.find("budget.saisie.budget", Combo.class);
        assertTrue(Ui.sync(() -> budgetSaisie.getSize().x >= budgetSaisie.computeSize(-1, -1, true).x),
                "the budget's whole label shown: " + Ui.sync(budgetSaisie::getText));
        Ui.selectRow(registre, "1");
        Ui.clickLater(Ui.find("budget.saisie.annuler", Button.class));
        Ui.type(Ui.find("budget.correction.motif", Text.class), "Facture en double");
        Ui.screenshot("h14budget-annulation");
        Ui.click(Ui.find("budget.correction.ok", Button.class));
        Ui.waitForText("Annulation émise : mandat n° 2/2026 de " + euros("600"));
        Ui.waitFor("the annulation in the register", () -> registre.getItemCount() == 2);
        Ui.screenshot("h14budget-registre");

        // The engagement reduced
        Ui.tab("Engagements");
        Ui.waitFor("nothing mandated left", () -> engagements.getItemCount() == 1
                && engagements.getItem(0).getText(6).equals(euros("0")));
        Ui.screenshot("h14budget-engagement-annule");
        Ui.selectRow(engagements, "1");
        Ui.clickLater(Ui.find("budget.engagements.reduire", Button.class));
        Ui.type(Ui.find("budget.correction.montant", Text.class), "1000");
        Ui.type(Ui.find("budget.correction.motif", Text.class), "Commande réduite");
        Ui.click(Ui.find("budget.correction.ok", Button.class));
        Ui.waitFor("the engagement reduced", () -> engagements.getItemCount() == 1
                && engagements.getItem(0).getText(8).equals("réduit")
                && engagements.getItem(0).getText(5).equals(euros("1000")));

        // Budgets: the movements and the totals per section
        Ui.tab("Budgets");
        Label sections = Ui.find("budget.budgets.sections", Label.class);
        Ui.waitFor("the totals per section", () -> sections.getText().startsWith("Fonctionnement : dépenses "
                + euros("13000") + ", recettes " + euros("13000") + " (équilibre)"));
        Ui.screenshot("h14budget-budgets");

        // Another collectivity: nothing typed nor listed for Vougy remains
        Ui.tab("Mandats et titres");
        Ui.type(objet, "Texte tapé pour Vougy");
        Ui.select(switcher, "Brizon (74049)");
        Ui.waitFor("the form emptied on the switch", () -> objet.getText().isEmpty());
        Ui.tab("Tiers");
        Ui.waitFor("Brizon's tiers only", () -> liste.getItemCount() == 1
                && liste.getItem(0).getText(0).equals("QUINCAILLERIE MARTIN"));

        // Brizon (fongibilité 7.5 % of 30 000,00 €): a virement, one over the cap refused, a DM
        Ui.tab("Virements et DM");
        Combo source = Ui.find("budget.virements.source", Combo.class);
        Ui.waitFor("Brizon's chapters", () -> source.getItemCount() > 0);
        Combo versChapitre = Ui.find("budget.virements.destination", Combo.class);
        List<String> proposes = new ArrayList<>(List.of(Ui.sync(source::getItems)));
        proposes.addAll(List.of(Ui.sync(versChapitre::getItems)));
        assertTrue(proposes.stream().noneMatch(c -> c.startsWith("012 ")) && proposes.stream()
                .anyMatch(c -> c.startsWith("65 ")), "012 is never offered for a virement: " + proposes);
        choisir(source, "011 ");
        choisir(versChapitre, "65 ");
        Text montantVirement = Ui.find("budget.virements.montant", Text.class);
        Label erreurVirement = Ui.find("budget.virements.erreur", Label.class);
        Button virer = Ui.find("budget.virements.virer", Button.class);
        Ui.type(montantVirement, "20000");
        Ui.waitFor("the credits checked as typed", () -> erreurVirement.getText().startsWith(
                "Crédits disponibles insuffisants au chapitre 011") && !virer.isEnabled());
        Ui.type(montantVirement, "500");
        Ui.waitFor("the virement valid", () -> virer.isEnabled());
        Ui.clickLater(virer);
        Ui.click(Ui.find(Confirmation.OK_ID, Button.class));
        Ui.waitForText("Virement enregistré : " + euros("500") + " du chapitre 011 au chapitre 65.");
        Table virements = Ui.find("budget.virements.liste", Table.class);
        Ui.waitFor("the virement listed", () -> virements.getItemCount() == 1);
        Combo destination = Ui.find("budget.virements.destination", Combo.class);
        Ui.waitFor("the chapters chosen kept after the virement, and no error before typing again", () ->
                source.getText().startsWith("011 ") && destination.getText().startsWith("65 ")
                        && erreurVirement.getText().isEmpty() && montantVirement.getText().isEmpty());
        Ui.screenshot("h14budget-virements");
        assertEquals(List.of(), Ui.cutControls(), "Virements et DM usable at the default window size");

        // One over the cap: 500,00 € already moved, 2 000,00 € more would make 2 500,00 € > 7.5 % of 30 000,00 €
        Ui.type(montantVirement, "2000");
        Ui.waitFor("within the chapter's credits: only the server knows the cap", () -> virer.isEnabled());
        Ui.clickLater(virer);
        Ui.click(Ui.find(Confirmation.OK_ID, Button.class));
        Ui.waitFor("the virement over the cap refused", () -> erreurVirement.getText().contains(
                "Plafond des virements de crédits dépassé en section de fonctionnement"));
        assertTrue(Ui.text(erreurVirement).contains("pour un plafond de " + euros("2250")), Ui.text(erreurVirement));
        Ui.waitForText("Virement refusé par le serveur : rien n'a été enregistré.");
        assertEquals(1, Ui.rows(virements).size(), "nothing recorded on a refusal");
        Ui.screenshot("h14budget-virement-plafond");

        // A décision modificative: 300,00 € more for 011, financed by 300,00 € more of dotation (74)
        Ui.type(Ui.find("budget.dm.montant", Text.class), "300");
        choisir(Ui.find("budget.dm.chapitre", Combo.class), "011 ");
        Ui.click(Ui.find("budget.dm.ajouter", Button.class));
        Ui.select(Ui.find("budget.dm.sens", Combo.class), "recette");
        Combo chapitresDm = Ui.find("budget.dm.chapitre", Combo.class);
        Ui.waitFor("the chapters of recettes only", () -> List.of(chapitresDm.getItems()).stream()
                .noneMatch(c -> c.startsWith("011 ") || c.startsWith("012 ") || c.startsWith("65 ")));
        assertTrue(List.of(Ui.sync(chapitresDm::getItems)).stream().anyMatch(c -> c.startsWith("74 ")),
                List.of(Ui.sync(chapitresDm::getItems)).toString());
        choisir(chapitresDm, "74 ");
        Ui.type(Ui.find("budget.dm.montant", Text.class), "300");
        Ui.click(Ui.find("budget.dm.ajouter", Button.class));
        Table lignesDm = Ui.find("budget.dm.lignes", Table.class);
        Ui.waitFor("two lines in the DM", () -> lignesDm.getItemCount() == 2);
        Label equilibre = Ui.find("budget.dm.equilibre", Label.class);
        assertEquals("Équilibre de la DM — fonctionnement : dépenses " + euros("300") + ", recettes " + euros("300")
                + " (équilibre).", Ui.text(equilibre));
        Button voter = Ui.find("budget.dm.voter", Button.class);
        Ui.waitFor("the DM can be voted", () -> voter.isEnabled());
        Ui.clickLater(voter);
        Ui.click(Ui.find(Confirmation.OK_ID, Button.class));
        Ui.waitForText("Décision modificative enregistrée");
        Ui.waitFor("the DM form emptied", () -> lignesDm.getItemCount() == 0);
        Ui.screenshot("h14budget-dm");
        Ui.tab("Budgets");
        Table mouvements = Ui.find("budget.budgets.credits", Table.class);
        Ui.waitFor("the DM among the movements", () -> Ui.rows(mouvements).stream().anyMatch(r -> r.get(0)
                .contains("modificative") && r.get(5).equals(euros("300"))));
    }

    private static void choisir(Combo combo, String debut) {
        String item = Ui.waitFor("an item « " + debut + "… »", () -> java.util.Arrays.stream(combo.getItems())
                .filter(i -> i.startsWith(debut)).findFirst().orElse(null));
        Ui.select(combo, item);
    }

    private static void remplir(String prefixe, String nom, String siret, String voie, String codePostal,
            String ville) {
        Ui.type(Ui.find(prefixe + ".nom", Text.class), nom);
        Ui.type(Ui.find(prefixe + ".siret", Text.class), siret);
        Ui.type(Ui.find(prefixe + ".voie", Text.class), voie);
        Ui.type(Ui.find(prefixe + ".codepostal", Text.class), codePostal);
        Ui.type(Ui.find(prefixe + ".ville", Text.class), ville);
    }

    private static String euros(String montant) {
        return fr.mutualis.core.api.FormatMontant.euros(new java.math.BigDecimal(montant).setScale(2));
    }

    /** The cells of a row without those at the given indexes (dates, imputations that depend on the day). */
    private static List<String> sans(List<String> ligne, int... indexes) {
        List<String> reste = new java.util.ArrayList<>(ligne);
        for (int i = indexes.length - 1; i >= 0; i--) {
            reste.remove(indexes[i]);
        }
        return reste;
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
