package fr.mutualis.client.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.testing.ServerProcess;

/**
 * The client application (the same model and bundles as the client products) logs in to the server product running
 * as its own process, switches between the two communes its user works for, and shows each one's data.
 */
class LoginAndSwitchTest {

    static final String PASSWORD = "secretaire-2026";
    static ServerProcess server;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " secretaire Marie Secrétaire",
                "mutualis:grant secretaire 74049 saisie ordonnateur",
                "mutualis:grant secretaire 74312 saisie ordonnateur"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void logsInThenSwitchesBetweenTwoCommunes() throws Exception {
        Ui.showLoginDialog();
        Text address = Ui.find("login.address", Text.class);
        Ui.type(address, server.address());
        Ui.type(Ui.find("login.user", Text.class), "secretaire");
        Ui.type(Ui.find("login.password", Text.class), "pas-le-bon-mot-de-passe");
        Ui.click(Ui.find("login.ok", Button.class));
        Ui.waitForText("Identifiant ou mot de passe incorrect");
        Button ok = Ui.find("login.ok", Button.class);
        Ui.waitFor("the user can try again", () -> ok.isEnabled());
        Ui.screenshot("client-login-refused");

        Ui.type(Ui.find("login.password", Text.class), PASSWORD);
        Ui.click(Ui.find("login.ok", Button.class));

        Combo switcher = Ui.find("collectivite.switcher", Combo.class);
        Ui.waitFor("two collectivities in the switcher", () -> switcher.getItemCount() == 2);
        assertEquals(List.of("Brizon (74049)", "Vougy (74312)"), Ui.sync(() -> List.of(switcher.getItems())));

        // a user of two communes lands on « À faire », no commune chosen for her
        Ui.find("afaire.table", org.eclipse.swt.widgets.Table.class);
        assertEquals(-1, (int) Ui.sync(switcher::getSelectionIndex));
        Ui.select(switcher, "Brizon (74049)");
        Ui.tab("Collectivité");
        Label nom = Ui.find("collectivite.nom", Label.class);
        Ui.waitFor("Brizon shown", () -> "Brizon".equals(nom.getText()));
        assertEquals("74049", Ui.text(Ui.find("collectivite.code", Label.class)));
        assertEquals("CC Faucigny - Glières (200000172)", Ui.text(Ui.find("collectivite.epci", Label.class)));
        Path brizon = Ui.screenshot("client-brizon");

        Ui.select(switcher, "Vougy (74312)");
        Ui.waitFor("Vougy shown", () -> "Vougy".equals(nom.getText()));
        assertEquals("74312", Ui.text(Ui.find("collectivite.code", Label.class)));
        assertTrue(Ui.text(Ui.find("collectivite.population", Label.class)).endsWith(" habitants"));
        Path vougy = Ui.screenshot("client-vougy");

        assertTrue(Files.size(brizon) > 10_000, "screenshot written: " + brizon);
        assertTrue(Files.size(vougy) > 10_000, "screenshot written: " + vougy);
    }
}
