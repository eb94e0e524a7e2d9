package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.core.api.Compte;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.remote.client.ConnexionImpossibleException;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/** The server product runs as its own process; this test is a client calling it over ECF. */
class ConnectionTest {

    static final String PASSWORD = "secret-de-test-1";
    static ServerProcess server;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " secretaire Marie Secrétaire",
                "mutualis:grant secretaire 74049 saisie",
                "mutualis:grant secretaire 74312 lecture ordonnateur",
                "mutualis:useradd -p " + PASSWORD + " voisin Paul Voisin",
                "mutualis:grant voisin 74024 saisie"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aUserSeesOnlyTheCollectivitiesSheActsFor() {
        try (ServerConnection connection = ServerConnection.open(server.address(), "secretaire", PASSWORD)) {
            List<Collectivite> mine = connection.service(CollectiviteService.class).mesCollectivites();
            assertEquals(List.of("Brizon", "Vougy"), mine.stream().map(Collectivite::nom).toList());
            Collectivite brizon = mine.get(0);
            assertEquals("74049", brizon.id().code());
            assertEquals("200000172", brizon.epci().code());
            assertEquals("CC Faucigny - Glières", brizon.epciNom());
        }
    }

    @Test
    void detailAndAccountComeFromTheServer() {
        try (ServerConnection connection = ServerConnection.open(server.address(), "secretaire", PASSWORD)) {
            CollectiviteService service = connection.service(CollectiviteService.class);
            CollectiviteDetail vougy = service.consulter(new CollectiviteId("74312"));
            assertEquals("Vougy", vougy.collectivite().nom());
            assertTrue(vougy.collectivite().population() > 1000, "population from INSEE data");
            Compte compte = service.monCompte();
            assertEquals("Marie Secrétaire", compte.nom());
            assertEquals(java.util.Set.of(Role.LECTURE, Role.ORDONNATEUR), compte.habilitations().stream()
                    .filter(h -> h.collectivite().code().equals("74312")).findFirst().orElseThrow().roles());
        }
    }

    @Test
    void anotherCommuneIsRefusedWithAFrenchMessage() {
        try (ServerConnection connection = ServerConnection.open(server.address(), "secretaire", PASSWORD)) {
            AccesRefuseException e = assertThrows(AccesRefuseException.class,
                    () -> connection.service(CollectiviteService.class).consulter(new CollectiviteId("74024")));
            assertEquals("Accès refusé : vous n'êtes pas habilité(e) pour la collectivité 74024.", e.getMessage());
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameRefusal() {
        ConnexionImpossibleException wrong = assertThrows(ConnexionImpossibleException.class,
                () -> ServerConnection.open(server.address(), "voisin", "mauvais-mot-de-passe"));
        ConnexionImpossibleException unknown = assertThrows(ConnexionImpossibleException.class,
                () -> ServerConnection.open(server.address(), "personne", "mauvais-mot-de-passe"));
        assertTrue(wrong.getMessage().startsWith("Identifiant ou mot de passe incorrect"), wrong.getMessage());
        assertEquals(wrong.getMessage(), unknown.getMessage());
    }

    @Test
    void unreachableServerIsReportedClearly() throws Exception {
        String nobody = "ecftcp://localhost:" + ServerProcess.freePort() + "/server";
        ConnexionImpossibleException e = assertThrows(ConnexionImpossibleException.class,
                () -> ServerConnection.open(nobody, "secretaire", PASSWORD));
        assertTrue(e.getMessage().startsWith("Serveur injoignable à l'adresse " + nobody), e.getMessage());
    }

    @Test
    void malformedAddressIsRefusedBeforeAnyNetworkCall() {
        ConnexionImpossibleException e = assertThrows(ConnexionImpossibleException.class,
                () -> ServerConnection.open("http://localhost/server", "secretaire", PASSWORD));
        assertTrue(e.getMessage().startsWith("Adresse de serveur invalide"), e.getMessage());
    }

    @Test
    void malformedCollectivityCodeIsRefusedOnTheClient() {
        assertThrows(DonneeInvalideException.class, () -> new CollectiviteId("7404"));
    }
}
