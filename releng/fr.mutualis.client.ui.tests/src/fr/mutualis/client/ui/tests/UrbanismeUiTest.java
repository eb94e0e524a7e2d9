package fr.mutualis.client.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.client.Confirmation;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * The urbanism module in the client, against the server product: Brizon's secretary files a building permit in the
 * form (a bad parcel is explained before "Déposer" can be used), saves its récépissé, sees it in the list with the
 * days left and the dossiers near or past their date limite highlighted, and cannot decide. The instructor of the
 * CC Faucigny - Glières, to which Brizon and Vougy delegated their instruction, logs in instead (Fichier > Changer
 * d'utilisateur), declares the dossier complete, grants it, saves the arrêté and the register, then switches to Vougy,
 * where none of Brizon's dossiers shows, and to the CC itself, where the module is not enabled and nothing of it shows.
 */
class UrbanismeUiTest {

    static final String PASSWORD = "urbanisme-ui-2026";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final CollectiviteId VOUGY = new CollectiviteId("74312");
    static final RGB ORANGE = new RGB(255, 200, 120);
    static final RGB ROUGE = new RGB(240, 120, 120);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static ServerProcess server;
    static Path exports;
    static String proche;
    static String depasse;
    static String vougy;

    @BeforeAll
    static void startServer() throws IOException {
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:enable 74049 urbanisme",
                "mutualis:enable 74312 urbanisme",
                "mutualis:useradd -p " + PASSWORD + " secretaire.brizon Marie Secrétaire",
                "mutualis:grant secretaire.brizon 74049 saisie",
                "mutualis:delegate urbanisme 200000172 74049",
                "mutualis:delegate urbanisme 200000172 74312",
                "mutualis:useradd -p " + PASSWORD + " instructeur.ccfg Claire Instructrice",
                "mutualis:grant instructeur.ccfg 200000172 urbanisme-instructeur"));
        exports = Path.of(System.getProperty("mutualis.screenshots", "target/screenshots")).resolveSibling("exports");
        Files.createDirectories(exports);
        System.setProperty("mutualis.exports", exports.toString());
        try (ServerConnection connection = ServerConnection.open(server.address(), "instructeur.ccfg", PASSWORD)) {
            UrbanismeService service = connection.service(UrbanismeService.class);
            proche = service.deposer(BRIZON, declaration(aujourdhui().minusDays(20), "Martin")).numero();
            depasse = service.deposer(BRIZON, declaration(aujourdhui().minusDays(40), "Bernard")).numero();
            vougy = service.deposer(VOUGY, declaration(aujourdhui(), "Petit")).numero();
        }
    }

    @AfterAll
    static void stopServer() {
        System.clearProperty("mutualis.exports");
        server.close();
    }

    static LocalDate aujourdhui() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** A prior declaration for a fence, filed on {@code date}: one month of instruction. */
    static DepotDossier declaration(LocalDate date, String nom) {
        return DepotDossier.initial(TypeDossier.DP, date, CanalDepot.PAPIER, "13703",
                new Petitionnaire(nom, "Paul", "2 rue du Lavoir, 74130 Brizon", ""), "Route de la Côte",
                List.of(new Parcelle("B", 40)), "Clôture de 1,50 m en limite de propriété");
    }

    @Test
    void aDossierIsFiledInTheFormThenCompletedAndGrantedByTheIntercommunalInstructor() throws Exception {
        String numero = theSecretaryFilesADossier();
        theInstructorLogsInInstead();
        theInstructorCompletesAndGrantsIt(numero);
        theInstructorSeesEachCommuneApart(numero);
    }

    /** Only her commune; she files, gets the récépissé, sees the list, and may not instruct. */
    private static String theSecretaryFilesADossier() throws IOException {
        Ui.login(server.address(), "secretaire.brizon", PASSWORD);
        Combo switcher = Ui.find("collectivite.switcher", Combo.class);
        assertEquals(List.of("Brizon (74049)"), Ui.sync(() -> List.of(switcher.getItems())));

        String numero = fileWithTheForm();
        Label etat = Ui.find("urbanisme.dossier.etat", Label.class);
        assertEquals("État : " + EtatDossier.DEPOSE.libelle(), Ui.text(etat));
        assertEquals(DATE.format(aujourdhui().plusMonths(2)), Ui.text(Ui.find("urbanisme.dossier.dateLimite",
                Label.class)));
        assertEquals("permis tacite le " + DATE.format(aujourdhui().plusMonths(2).plusDays(1)),
                Ui.text(Ui.find("urbanisme.dossier.issue", Label.class)));
        assertPdf(save("urbanisme.document.recepisse", "recepisse-" + numero.replace(" ", "") + ".pdf"));
        Ui.screenshot("urbanisme-dossier-depose");

        act("urbanisme.action.complet");
        Ui.waitForText("Accès refusé : cette opération demande l'un des rôles Instructeur urbanisme");
        assertEquals("État : " + EtatDossier.DEPOSE.libelle(), Ui.text(etat));

        Table table = showList();
        Ui.waitFor("the three dossiers of Brizon", () -> table.getItemCount() == 3);
        List<String> ligne = row(table, numero);
        assertEquals(List.of(numero, "PCMI", EtatDossier.DEPOSE.libelle(), "Marie Durand",
                DATE.format(aujourdhui()), DATE.format(aujourdhui().plusMonths(2)),
                Long.toString(ChronoUnit.DAYS.between(aujourdhui(), aujourdhui().plusMonths(2)))), ligne);
        assertEquals(ORANGE, background(table, proche));
        assertEquals(ROUGE, background(table, depasse));
        assertNotEquals(ORANGE, background(table, numero));
        assertTrue(row(table, depasse).get(6).startsWith("dépassée de "), row(table, depasse).toString());
        Ui.screenshot("urbanisme-liste-secretaire");
        return numero;
    }

    /** Fichier > Changer d'utilisateur ou de serveur: nothing of the secretary's session stays on screen. */
    private static void theInstructorLogsInInstead() {
        Combo switcher = Ui.find("collectivite.switcher", Combo.class);
        Ui.showLoginDialog();
        assertEquals(0, (int) Ui.sync(switcher::getItemCount), "nothing of the previous session stays");
        assertEquals("Non connecté", Ui.text(Ui.find("collectivite.switcher.status", Label.class)));
        Ui.screenshot("client-changer-utilisateur");
        Ui.waitFor("the Urbanisme menu hidden", () -> !Ui.menuBar().contains("Urbanisme"));
        Ui.login(server.address(), "instructeur.ccfg", PASSWORD);
        assertEquals(List.of("Brizon (74049)", "CC Faucigny - Glières (200000172)", "Vougy (74312)"),
                Ui.sync(() -> List.of(switcher.getItems())));
        assertEquals(-1, (int) Ui.sync(switcher::getSelectionIndex), "an instructor of several communes starts on "
                + "« À faire », no commune chosen for her");
        Ui.select(switcher, "Brizon (74049)");
    }

    private static void theInstructorCompletesAndGrantsIt(String numero) throws IOException {
        Table dossiers = showList();
        Ui.waitFor("the secretary's dossier", () -> Arrays.stream(dossiers.getItems())
                .anyMatch(item -> item.getText(0).equals(numero)));
        Ui.selectRow(dossiers, numero);
        Ui.click(Ui.find("urbanisme.liste.ouvrir", Button.class));
        Label titre = Ui.find("urbanisme.dossier.titre", Label.class);
        Ui.waitFor("the dossier opened", () -> titre.getText().startsWith(numero));

        act("urbanisme.action.complet");
        Label etatInstructeur = Ui.find("urbanisme.dossier.etat", Label.class);
        Ui.waitFor("complete", () -> etatInstructeur.getText().equals("État : "
                + EtatDossier.EN_INSTRUCTION.libelle()));

        Button statuer = Ui.find("urbanisme.action.statuer", Button.class);
        Ui.clickLater(statuer);
        Ui.select(Ui.find("urbanisme.acte.choix", Combo.class), EtatDossier.ACCORD.libelle());
        assertEquals(DATE.format(aujourdhui()), Ui.sync(Ui.find("urbanisme.acte.date", Text.class)::getText));
        Ui.screenshot("urbanisme-decision-dialogue");
        Ui.click(Ui.find("urbanisme.acte.ok", Button.class));
        // an irreversible act: confirmed, after saying what it does and what cannot be undone
        assertTrue(Ui.text(Ui.find(Confirmation.IRREVERSIBLE_ID, Label.class)).contains("ne peut plus être modifiée"));
        Ui.screenshot("urbanisme-decision-confirmation");
        Ui.click(Ui.find(Confirmation.OK_ID, Button.class));
        Ui.waitFor("granted", () -> etatInstructeur.getText().equals("État : " + EtatDossier.ACCORD.libelle()));
        assertEquals("Décision : " + EtatDossier.ACCORD.libelle() + ", signée le " + DATE.format(aujourdhui())
                + " par instructeur.ccfg", Ui.text(Ui.find("urbanisme.dossier.decision", Label.class)));
        Table historique = Ui.find("urbanisme.dossier.historique", Table.class);
        Ui.waitFor("three events", () -> historique.getItemCount() == 3);
        assertEquals(List.of(
                List.of("Dépôt de la demande", "déposé", "secretaire.brizon"),
                List.of("Dossier déclaré complet", "déposé → complet, en instruction", "instructeur.ccfg"),
                List.of("Décision", "complet, en instruction → " + EtatDossier.ACCORD.libelle(), "instructeur.ccfg")),
                Ui.rows(historique).stream().map(r -> List.of(r.get(1), r.get(2), r.get(3))).toList());
        Ui.waitFor("no act offered once decided", statuer::isDisposed);
        assertPdf(save("urbanisme.document.arrete", "arrete-" + numero.replace(" ", "") + ".pdf"));
        Ui.screenshot("urbanisme-dossier-decide");
        assertEquals(List.of(), Ui.cutControls(), "the dossier part usable at the default window size");
    }

    /** The state filter, another act, the register, then Vougy's dossiers and the CC without the module. */
    private static void theInstructorSeesEachCommuneApart(String numero) throws IOException {
        Table dossiers = showList();
        Combo filtre = Ui.find("urbanisme.liste.etat", Combo.class);
        Ui.select(filtre, EtatDossier.ACCORD.libelle());
        Ui.waitFor("only the granted dossier", () -> dossiers.getItemCount() == 1
                && dossiers.getItem(0).getText(0).equals(numero));
        Ui.select(filtre, "Tous les états");
        requestPiecesThenComplete(dossiers);

        showList();
        Path registre = exports.resolve("registre-urbanisme-74049-" + aujourdhui().getYear() + ".csv");
        Files.deleteIfExists(registre);
        Ui.click(Ui.find("urbanisme.registre.csv", Button.class));
        Ui.waitForText("Document enregistré : " + registre);
        assertTrue(Files.readString(registre, StandardCharsets.UTF_8).contains(numero), registre.toString());

        Combo switcher = Ui.find("collectivite.switcher", Combo.class);
        Ui.select(switcher, "Vougy (74312)");
        // Brizon is withdrawn before Vougy loads: the list is emptied, or made anew for Vougy
        Ui.waitFor("Vougy's dossiers only", () -> Ui.findNow("urbanisme.liste.table") instanceof Table liste
                && liste.getItemCount() == 1 && liste.getItem(0).getText(0).equals(vougy));
        Ui.screenshot("urbanisme-liste-vougy");
        Table vougyListe = Ui.find("urbanisme.liste.table", Table.class);

        Ui.select(switcher, "CC Faucigny - Glières (200000172)");
        Ui.waitFor("no urbanism for the CC itself", () -> !Ui.menuBar().contains("Urbanisme"));
        Ui.waitFor("the dossier list gone", vougyListe::isDisposed);
    }

    /** Fills the form, checks a bad parcel is explained before it can be filed, files it; returns its number. */
    private static String fileWithTheForm() {
        Ui.menu("Urbanisme", "Nouveau dépôt…");
        Combo type = Ui.find("urbanisme.depot.type", Combo.class);
        Ui.select(type, "PCMI — " + TypeDossier.PCMI.libelle());
        assertEquals("13406", Ui.sync(Ui.find("urbanisme.depot.cerfa", Text.class)::getText));
        assertEquals(DATE.format(aujourdhui()), Ui.sync(Ui.find("urbanisme.depot.date", Text.class)::getText));
        Ui.type(Ui.find("urbanisme.depot.nom", Text.class), "Durand");
        Ui.type(Ui.find("urbanisme.depot.prenom", Text.class), "Marie");
        Ui.type(Ui.find("urbanisme.depot.adresse", Text.class), "1 place de l'Église, 74130 Brizon");
        Ui.type(Ui.find("urbanisme.depot.terrain", Text.class), "Chemin des Prés, Brizon");
        Ui.type(Ui.find("urbanisme.depot.description", Text.class), "Maison individuelle de 110 m²");
        Text parcelles = Ui.find("urbanisme.depot.parcelles", Text.class);
        Ui.type(parcelles, "AB 12, AB 1X3");
        Ui.waitForText("Parcelle « AB 1X3 » illisible : indiquez la section puis le numéro, ex. AB 123");
        Button deposer = Ui.find("urbanisme.depot.deposer", Button.class);
        assertFalse(Ui.sync(deposer::isEnabled), "« Déposer » waits for a valid form");
        Ui.screenshot("urbanisme-depot-parcelle-invalide");
        assertEquals(List.of(), Ui.cutControls(), "the dépôt form usable at the default window size");

        Ui.type(parcelles, "AB 12, AB 13");
        Ui.waitFor("« Déposer » enabled", deposer::isEnabled);
        Ui.click(deposer);
        Label titre = Ui.find("urbanisme.dossier.titre", Label.class);
        String prefixe = "PC 074 049 " + String.format("%02d", aujourdhui().getYear() % 100) + " ";
        String texte = Ui.waitFor("the filed dossier", () -> titre.getText().startsWith(prefixe) ? titre.getText()
                : null);
        return texte.substring(0, texte.indexOf(" — "));
    }

    /** The declaration filed 20 days ago: pieces are requested within the first month, then received today. */
    private static void requestPiecesThenComplete(Table dossiers) {
        Ui.waitFor("the declaration near its date limite", () -> Arrays.stream(dossiers.getItems())
                .anyMatch(item -> item.getText(0).equals(proche)));
        Ui.selectRow(dossiers, proche);
        Ui.click(Ui.find("urbanisme.liste.ouvrir", Button.class));
        Label titre = Ui.find("urbanisme.dossier.titre", Label.class);
        Ui.waitFor("the declaration opened", () -> titre.getText().startsWith(proche));
        Label etat = Ui.find("urbanisme.dossier.etat", Label.class);

        Ui.clickLater(Ui.find("urbanisme.action.pieces", Button.class));
        Button valider = Ui.find("urbanisme.acte.ok", Button.class);
        Ui.waitForText("Listez les pièces manquantes.");
        assertFalse(Ui.sync(valider::isEnabled), "« Valider » waits for the list of pieces");
        Ui.type(Ui.find("urbanisme.acte.texte", Text.class), "Plan de situation (DP1)");
        Ui.click(valider);
        Ui.waitFor("pieces requested", () -> etat.getText().equals("État : " + EtatDossier.INCOMPLET.libelle()));

        act("urbanisme.action.complet");
        Ui.waitFor("complete once the pieces came", () -> etat.getText().equals("État : "
                + EtatDossier.EN_INSTRUCTION.libelle()));
        Ui.screenshot("urbanisme-pieces-recues");
    }

    /** Opens the dialog of an act of the instruction and confirms it as filled by default. */
    private static void act(String id) {
        Ui.clickLater(Ui.find(id, Button.class));
        Ui.click(Ui.find("urbanisme.acte.ok", Button.class));
    }

    private static Table showList() {
        Ui.menu("Urbanisme", "Dossiers");
        return Ui.find("urbanisme.liste.table", Table.class);
    }

    private static List<String> row(Table table, String numero) {
        return Ui.rows(table).stream().filter(r -> r.get(0).equals(numero)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + numero));
    }

    private static RGB background(Table table, String numero) {
        return Ui.sync(() -> {
            for (TableItem item : table.getItems()) {
                if (item.getText(0).equals(numero)) {
                    return item.getBackground(6).getRGB();
                }
            }
            throw new AssertionError("no row " + numero);
        });
    }

    /** Clicks a document button of the dossier view and returns the file written in the export folder. */
    private static Path save(String id, String nom) throws IOException {
        Path file = exports.resolve(nom);
        Files.deleteIfExists(file);
        Ui.click(Ui.find(id, Button.class));
        Ui.waitFor(nom + " saved", () -> Files.exists(file) && Files.size(file) > 0);
        Ui.waitForText("Document enregistré : " + file);
        return file;
    }

    private static void assertPdf(Path file) throws IOException {
        byte[] debut = Arrays.copyOf(Files.readAllBytes(file), 5);
        assertEquals("%PDF-", new String(debut, StandardCharsets.US_ASCII), file.toString());
    }
}
