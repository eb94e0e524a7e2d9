package fr.mutualis.client.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import fr.mutualis.client.Confirmation;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * The workspace of a user of two communes: she lands on « À faire » (both communes' payroll months to run), opens a
 * line and arrives in the right commune and part, moves with the navigator, sees nothing of Brizon once on Vougy,
 * confirms the payroll validation, and reconnects without a new login after the server restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EspaceDeTravailUiTest {

    static final String PASSWORD = "espace-ui-2026";
    static final String USER = "secretaire.espace";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final String PAIE = "Paie";
    static final YearMonth MOIS = YearMonth.now(ZoneId.of("Europe/Paris"));
    static final String LIBELLE_MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE).format(MOIS);

    static ServerProcess server;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " " + USER + " Sophie Secrétaire",
                "mutualis:grant " + USER + " 74049 paie ordonnateur",
                "mutualis:grant " + USER + " 74312 paie ordonnateur",
                "mutualis:enable 74049 paie",
                "mutualis:enable 74312 paie"));
        try (ServerConnection connexion = ServerConnection.open(server.address(), USER, PASSWORD)) {
            connexion.service(AgentService.class).creerAgent(BRIZON, new AgentSaisie("B0001", "BRIZONNAIS", "Agent",
                    PaieUiTest.nir(new Random(74049)), Statut.TITULAIRE, new BigDecimal("35"), BigDecimal.ONE, "C2", 3,
                    370, 0, ZoneResidence.ZONE_2, 0,
                    List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", BigDecimal.valueOf(150))),
                    CategorieTpp.C, null, LocalDate.of(2018, 1, 1)));
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** Chooses a commune and waits until its modules are loaded and its parts laid out again. */
    private static void choisir(Combo switcher, String commune) {
        Ui.select(switcher, commune);
        Label status = Ui.find("collectivite.switcher.status", Label.class);
        Ui.waitFor(commune + " loaded", () -> status.getText().endsWith("activé(s)"));
        Ui.pause(500);
    }

    private static void avecCapture(String nom, Runnable etapes) {
        try {
            etapes.run();
        } catch (AssertionError | RuntimeException e) {
            Ui.screenshot("espace-echec-" + nom);
            throw e;
        }
    }

    @Test
    @Order(1)
    void landsOnAFaireAcrossBothCommunesAndOpensALine() {
        avecCapture("afaire", () -> {
            Ui.login(server.address(), USER, PASSWORD);
            Combo switcher = Ui.find("collectivite.switcher", Combo.class);
            assertEquals(-1, (int) Ui.sync(switcher::getSelectionIndex), "no commune chosen for her");
            Table afaire = Ui.find("afaire.table", Table.class);
            Ui.waitFor("a line for each commune", () -> afaire.getItemCount() == 2);
            String quoi = "Paie de " + LIBELLE_MOIS + " à calculer";
            String echeance = MOIS.atEndOfMonth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertEquals(List.of(List.of(echeance, "Brizon", "Paie", quoi), List.of(echeance, "Vougy", "Paie", quoi)),
                    Ui.rows(afaire));
            assertEquals(List.of(List.of("Accueil", "À faire", "Collectivité")), Ui.navigateur());
            Ui.screenshot("espace-afaire-deux-communes");

            Ui.menu("Aide", "À propos de Mutualis");
            assertEquals(server.address(), Ui.text(Ui.find("apropos.serveur", Label.class)));
            assertTrue(Ui.text(Ui.find("apropos.version", Label.class)).startsWith("0.1.0"));
            Ui.screenshot("espace-apropos");
            Ui.click(Ui.find("apropos.fermer", Button.class));

            Ui.openRow(afaire, 1, "Vougy");
            Ui.waitFor("Vougy chosen", () -> "Vougy (74312)".equals(switcher.getText()));
            Text mois = Ui.find("paie.mois", Text.class);
            assertEquals(MOIS.toString(), Ui.sync(mois::getText));
            Label etat = Ui.find("paie.etat", Label.class);
            Ui.waitFor("Vougy's month", () -> etat.getText().startsWith("Paie " ) && etat.getText().contains("non calculée"));
            assertEquals(List.of(List.of("Accueil", "À faire", "Collectivité"), List.of(PAIE, "Agents", "Paie du mois")),
                    Ui.navigateur());
            Ui.screenshot("espace-ligne-ouverte");
        });
    }

    @Test
    @Order(2)
    void navigatorAndNothingOfBrizonOnceOnVougy() {
        avecCapture("bascule", () -> {
            Combo switcher = Ui.find("collectivite.switcher", Combo.class);
            choisir(switcher, "Brizon (74049)");
            Ui.naviguer("Agents");
            Table agents = Ui.find("paie.agents.table", Table.class);
            Ui.waitFor("Brizon's agent", () -> agents.getItemCount() == 1);
            assertEquals("BRIZONNAIS", Ui.rows(agents).get(0).get(1));
            Ui.click(Ui.find("paie.agents.nouveau", Button.class));
            Ui.type(Ui.find("paie.agent.nom", Text.class), "SAISIE POUR BRIZON");
            Ui.type(Ui.find("paie.agent.matricule", Text.class), "B0002");
            Ui.screenshot("espace-brizon-agents");

            choisir(switcher, "Vougy (74312)");
            // the same task, in Vougy: its parts were emptied (or made anew) when Brizon was withdrawn
            Ui.waitFor("Vougy's (empty) list", () -> "Vougy (74312)".equals(switcher.getText())
                    && Ui.findNow("paie.agents.nombre") instanceof Label nombre
                    && nombre.getText().startsWith("0 agent"));
            assertEquals(0, (int) Ui.sync(Ui.find("paie.agents.table", Table.class)::getItemCount),
                    "no agent of Brizon under Vougy");
            assertEquals("", Ui.sync(Ui.find("paie.agent.nom", Text.class)::getText), "the form was cleared");
            assertEquals("", Ui.sync(Ui.find("paie.agent.matricule", Text.class)::getText));
            Ui.naviguer("Collectivité");
            Label nom = Ui.find("collectivite.nom", Label.class);
            Ui.waitFor("Vougy shown", () -> "Vougy".equals(nom.getText()));
            Ui.screenshot("espace-vougy-rien-de-brizon");
        });
    }

    @Test
    @Order(3)
    void validatingThePayrollAsksFirst() {
        avecCapture("validation", () -> {
            Combo switcher = Ui.find("collectivite.switcher", Combo.class);
            choisir(switcher, "Brizon (74049)");
            Ui.naviguer("Paie du mois");
            Label etat = Ui.find("paie.etat", Label.class);
            Ui.waitFor("Brizon's month", () -> etat.getText().contains("non calculée"));
            Ui.click(Ui.find("paie.lancer", Button.class));
            Ui.waitFor("the payroll run", () -> etat.getText().contains("brouillon"));

            Ui.clickLater(Ui.find("paie.valider", Button.class));
            Label irreversible = Ui.find(Confirmation.IRREVERSIBLE_ID, Label.class);
            assertTrue(Ui.text(irreversible).contains("ne peut plus être recalculée"), Ui.text(irreversible));
            Ui.screenshot("espace-paie-confirmation");
            Ui.click(Ui.find(Confirmation.CANCEL_ID, Button.class));
            Ui.waitFor("nothing validated", () -> etat.getText().contains("reste en brouillon"));

            Ui.clickLater(Ui.find("paie.valider", Button.class));
            Ui.click(Ui.find(Confirmation.OK_ID, Button.class));
            Ui.waitFor("validated", () -> etat.getText().contains("validée le"));
            Ui.screenshot("espace-paie-validee");
        });
    }

    @Test
    @Order(4)
    void aLostServerOffersToReconnectWithoutANewLogin() {
        avecCapture("reconnexion", () -> {
            Combo switcher = Ui.find("collectivite.switcher", Combo.class);
            choisir(switcher, "Brizon (74049)");
            Ui.naviguer("Agents");
            Table agents = Ui.find("paie.agents.table", Table.class);
            Ui.waitFor("Brizon's agent", () -> agents.getItemCount() == 1);

            server.kill();
            server = server.restart(List.of());
            Ui.naviguer("À faire");
            Ui.click(Ui.find("afaire.actualiser", Button.class));
            Label etat = Ui.find("afaire.etat", Label.class);
            Ui.waitFor("the failure shown in the part", () -> etat.getText().startsWith("La liste « À faire » n'a pas"));
            assertEquals(0, (int) Ui.sync(Ui.find("afaire.table", Table.class)::getItemCount),
                    "no stale list passing for data");
            Button reconnecter = Ui.find("reconnexion.ok", Button.class);
            Ui.screenshot("espace-connexion-perdue");
            Ui.click(reconnecter);

            Table afaire = Ui.find("afaire.table", Table.class);
            Ui.waitFor("the list read again on the new connection", () -> afaire.getItemCount() >= 1);
            assertFalse(Ui.sync(() -> Ui.display().getShells().length > 1 && findLogin()), "no login asked");
            Ui.waitFor("Brizon still chosen", () -> "Brizon (74049)".equals(switcher.getText()));
            Ui.screenshot("espace-reconnecte");
        });
    }

    private static boolean findLogin() {
        for (org.eclipse.swt.widgets.Shell shell : Ui.display().getShells()) {
            if ("login.dialog".equals(shell.getData(fr.mutualis.client.ClientIds.WIDGET_ID)) && shell.isVisible()) {
                return true;
            }
        }
        return false;
    }
}
