package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.EvenementDossier;
import fr.mutualis.urbanism.api.Fichier;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * The urbanism module through the real server product, called over ECF: a dossier of Brizon (74049) filed by the
 * town-hall secretary, declared complete and decided by the instructor, or by the instructor of the intercommunal
 * service Brizon delegated its instruction to; refusals for another commune's secretary, a missing role, a commune
 * that did not delegate, and a commune where the module is not enabled.
 */
class UrbanismeRemoteTest {

    static final String PASSWORD = "secret-de-test-2";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final CollectiviteId VOUGY = new CollectiviteId("74312");
    static final CollectiviteId BONNEVILLE = new CollectiviteId("74042");
    static ServerProcess server;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "urbanisme:due 30",
                "mutualis:enable 74049 urbanisme",
                "mutualis:enable 74042 urbanisme",
                "mutualis:useradd -p " + PASSWORD + " secretaire.brizon Marie Secrétaire",
                "mutualis:grant secretaire.brizon 74049 saisie",
                "mutualis:useradd -p " + PASSWORD + " instructeur Alain Instructeur",
                "mutualis:grant instructeur 74049 urbanisme-instructeur",
                "mutualis:grant instructeur 74312 urbanisme-instructeur",
                "mutualis:useradd -p " + PASSWORD + " secretaire.bonneville Paul Voisin",
                "mutualis:grant secretaire.bonneville 74042 saisie lecture",
                "mutualis:delegate urbanisme 200000172 74049",
                "mutualis:useradd -p " + PASSWORD + " instructeur.ccfg Claire Instructrice",
                "mutualis:grant instructeur.ccfg 200000172 urbanisme-instructeur"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static LocalDate aujourdhui() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private static DepotDossier pcmi(LocalDate date) {
        return DepotDossier.initial(TypeDossier.PCMI, date, CanalDepot.ELECTRONIQUE, "13406*07",
                new Petitionnaire("Durand", "Marie", "1 place de l'Église, 74130 Brizon", "marie.durand@example.org"),
                "Chemin des Prés, Brizon", List.of(new Parcelle("AB", 12), new Parcelle("AB", 13)),
                "Maison individuelle de 110 m²");
    }

    private static <T> T as(String login, java.util.function.Function<UrbanismeService, T> call) {
        try (ServerConnection connection = ServerConnection.open(server.address(), login, PASSWORD)) {
            return call.apply(connection.service(UrbanismeService.class));
        }
    }

    private static boolean isPdf(Fichier fichier) {
        return new String(Arrays.copyOf(fichier.contenu(), 5), StandardCharsets.US_ASCII).equals("%PDF-");
    }

    @Test
    void aDossierIsFiledCompletedAndDecidedOverTheWire() {
        DossierDetail depose = as("secretaire.brizon", s -> s.deposer(BRIZON, pcmi(aujourdhui())));
        String annee = String.format("%02d", aujourdhui().getYear() % 100);
        assertTrue(depose.numero().startsWith("PC 074 049 " + annee + " "), depose.numero());
        assertEquals(EtatDossier.DEPOSE, depose.etat());
        assertEquals(aujourdhui().plusMonths(2), depose.resume().dateLimite());
        Fichier recepisse = as("secretaire.brizon", s -> s.recepisse(BRIZON, depose.numero()));
        assertTrue(isPdf(recepisse), recepisse.nom());
        assertEquals("recepisse-" + depose.numero().replace(" ", "") + ".pdf", recepisse.nom());

        DossierDetail complet = as("instructeur", s -> s.declarerComplet(BRIZON, depose.numero(), null));
        assertEquals(EtatDossier.EN_INSTRUCTION, complet.etat());
        assertTrue(complet.etatsPossibles().contains(EtatDossier.ACCORD));
        DossierDetail accorde = as("instructeur", s -> s.statuer(BRIZON, depose.numero(), EtatDossier.ACCORD,
                aujourdhui(), ""));
        assertEquals(EtatDossier.ACCORD, accorde.etat());

        DossierDetail relu = as("secretaire.brizon", s -> s.consulter(BRIZON, depose.numero()));
        assertEquals(List.of("secretaire.brizon", "instructeur", "instructeur"),
                relu.historique().stream().map(EvenementDossier::auteur).toList());
        assertEquals(aujourdhui(), relu.decision().date());
        assertTrue(isPdf(as("secretaire.brizon", s -> s.arrete(BRIZON, depose.numero()))));
        assertTrue(as("instructeur", s -> s.lister(BRIZON, EtatDossier.ACCORD)).stream()
                .map(DossierResume::numero).anyMatch(depose.numero()::equals));
    }

    @Test
    void anotherCommunesSecretaryIsRefused() {
        DossierDetail depose = as("secretaire.brizon", s -> s.deposer(BRIZON, pcmi(aujourdhui())));
        AccesRefuseException e = assertThrows(AccesRefuseException.class,
                () -> as("secretaire.bonneville", s -> s.consulter(BRIZON, depose.numero())));
        assertEquals("Accès refusé : vous n'êtes pas habilité(e) pour la collectivité 74049.", e.getMessage());
        assertThrows(AccesRefuseException.class,
                () -> as("secretaire.bonneville", s -> s.deposer(BRIZON, pcmi(aujourdhui()))));
        IntrouvableException introuvable = assertThrows(IntrouvableException.class,
                () -> as("secretaire.bonneville", s -> s.consulter(BONNEVILLE, depose.numero())));
        assertEquals("Dossier " + depose.numero() + " introuvable dans la commune 74042.", introuvable.getMessage());
    }

    @Test
    void aSecretaryMayFileButNotDecide() {
        DossierDetail depose = as("secretaire.brizon", s -> s.deposer(BRIZON, pcmi(aujourdhui())));
        AccesRefuseException e = assertThrows(AccesRefuseException.class, () -> as("secretaire.brizon",
                s -> s.statuer(BRIZON, depose.numero(), EtatDossier.ACCORD, aujourdhui(), "")));
        assertEquals("Accès refusé : cette opération demande l'un des rôles Instructeur urbanisme sur la collectivité "
                + "74049.", e.getMessage());
    }

    @Test
    void theIntercommunalServiceInstructsForTheCommunesThatDelegatedToIt() {
        DossierDetail depose = as("secretaire.brizon", s -> s.deposer(BRIZON, pcmi(aujourdhui())));
        DossierDetail complet = as("instructeur.ccfg", s -> s.declarerComplet(BRIZON, depose.numero(), null));
        assertEquals(EtatDossier.EN_INSTRUCTION, complet.etat());
        assertEquals("instructeur.ccfg", complet.historique().get(1).auteur());
        assertTrue(as("instructeur.ccfg", s -> s.lister(BRIZON, null)).stream().map(DossierResume::numero)
                .anyMatch(depose.numero()::equals));
        assertThrows(AccesRefuseException.class, () -> as("instructeur.ccfg", s -> s.lister(BONNEVILLE, null)),
                "Bonneville, also a member of the CC, did not delegate its instruction");
    }

    @Test
    void theModuleMustBeEnabledForTheCommune() {
        AccesRefuseException e = assertThrows(AccesRefuseException.class,
                () -> as("instructeur", s -> s.lister(VOUGY, null)));
        assertEquals("Accès refusé : le module « Urbanisme (autorisations du droit des sols) » n'est pas activé pour "
                + "la collectivité 74312.", e.getMessage());
    }

    @Test
    void badInputIsExplainedAndNothingIsFiled() {
        int avant = as("secretaire.brizon", s -> s.lister(BRIZON, null)).size();
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> as("secretaire.brizon", s -> s.deposer(BRIZON, pcmi(aujourdhui().plusDays(3)))));
        assertEquals(1, e.erreurs().size(), e.getMessage());
        assertTrue(e.getMessage().contains("une date future n'est pas acceptée"), e.getMessage());
        assertEquals(avant, as("secretaire.brizon", s -> s.lister(BRIZON, null)).size());
    }
}
