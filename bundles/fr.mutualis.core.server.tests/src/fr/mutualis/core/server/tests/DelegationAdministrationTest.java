package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.FAUCIGNY_GLIERES;
import static fr.mutualis.core.server.tests.Fixtures.PLAINE_DE_L_AIN;
import static fr.mutualis.core.server.tests.Fixtures.UNKNOWN_INSEE;
import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.api.ModuleInfo;

/**
 * A commune entrusting a module to a service collectivity (EPCI or syndicat). Every test uses a module registered
 * under a fresh id, so delegations made by earlier runs never get in the way.
 */
class DelegationAdministrationTest {

    private static final String AMBERIEU = "Ambérieu-en-Bugey";

    @BeforeAll
    static void importReferentiel() {
        Fixtures.ensureImported();
    }

    private static long delegationCount() {
        return Fixtures.count("SELECT COUNT(*) FROM delegation");
    }

    private static List<String> delegationsOf(String code, String module) {
        return admin().delegations(code).stream().filter(line -> line.startsWith(module + " : ")).toList();
    }

    @Test
    void delegatesForEveryMemberCommuneOfAnEpciWhenNoCommuneIsGiven() {
        String module = Fixtures.newModule();
        List<Collectivite> members = admin().members(FAUCIGNY_GLIERES);
        long audit = Fixtures.auditCount();

        int delegated = asConsole(() -> admin().delegate(module, FAUCIGNY_GLIERES, List.of()));

        assertTrue(members.size() >= 7, members::toString);
        assertEquals(members.size(), delegated);
        assertEquals(members.stream().map(c -> module + " : " + c.libelle() + " -> CC Faucigny - Glières (200000172)")
                .toList(), delegationsOf(FAUCIGNY_GLIERES, module));
        assertEquals(audit + delegated, Fixtures.auditCount(), "one journal entry per commune");
        String first = members.get(0).id().code();
        assertEquals(List.of("delegation.accorder", module + " -> " + FAUCIGNY_GLIERES),
                admin().audit(first, null, null, null, 1).stream()
                        .flatMap(a -> java.util.stream.Stream.of(a.operation(), a.objet())).toList());
    }

    @Test
    void delegatesChosenCommunesToASyndicat() {
        String module = Fixtures.newModule();
        Collectivite syndicat = Fixtures.newSyndicat();

        int delegated = asConsole(() -> admin().delegate(module, " " + syndicat.id().code(), List.of("01004", "69005")));

        assertEquals(2, delegated);
        String service = " -> " + syndicat.libelle();
        assertEquals(List.of(module + " : Ambérieu-en-Bugey (01004)" + service, module + " : Ambérieux (69005)" + service),
                admin().delegations(syndicat.id().code()));
        assertEquals(List.of(module + " : Ambérieu-en-Bugey (01004)" + service), delegationsOf("01004", module));
    }

    @Test
    void delegatesACommuneGivenTwiceOnlyOnce() {
        String module = Fixtures.newModule();
        Collectivite syndicat = Fixtures.newSyndicat();

        int delegated = asConsole(() -> admin().delegate(module, syndicat.id().code(), List.of("01004", "01004")));

        assertEquals(1, delegated);
        assertEquals(1, delegationsOf("01004", module).size());
    }

    @Test
    void undelegatesAModule() {
        String module = Fixtures.newModule();
        Collectivite syndicat = Fixtures.newSyndicat();
        asConsole(() -> admin().delegate(module, syndicat.id().code(), List.of("01004")));

        asConsole(() -> admin().undelegate(module, "01004"));
        DonneeInvalideException again = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().undelegate(module, "01004")));

        assertEquals(List.of(), delegationsOf("01004", module));
        assertEquals("delegation.retirer", admin().audit("01004", null, null, null, 1).get(0).operation());
        assertEquals(AMBERIEU + " n'a pas délégué le module " + module + ".", again.getMessage());
    }

    @Test
    void refusesACommuneAsService() {
        String module = Fixtures.newModule();

        assertDelegationRefused(List.of(AMBERIEU + " est une commune : seul un EPCI ou un syndicat peut assurer un "
                + "service pour d'autres collectivités."), module, "01004", List.of("01005"));
    }

    @Test
    void refusesAnEpciServingACommuneOutsideItAndDelegatesNothing() {
        String module = Fixtures.newModule();

        assertDelegationRefused(List.of("Ambérieux (69005) n'est pas membre de CC de la Plaine de l'Ain."), module,
                PLAINE_DE_L_AIN, List.of("01004", "69005"));
        assertEquals(List.of(), delegationsOf("01004", module), "all or nothing");
    }

    @Test
    void refusesToDelegateSomethingThatIsNotACommuneAndReportsEveryProblem() {
        String module = Fixtures.newModule();
        Collectivite syndicat = Fixtures.newSyndicat();
        Collectivite other = Fixtures.newSyndicat();

        assertDelegationRefused(List.of(other.libelle() + " n'est pas une commune.",
                "Ambérieux (69005) n'est pas membre de CC de la Plaine de l'Ain."), module, PLAINE_DE_L_AIN,
                List.of(other.id().code(), "69005"));
        assertDelegationRefused(List.of(other.libelle() + " n'est pas une commune."), module, syndicat.id().code(),
                List.of(other.id().code()));
    }

    @Test
    void refusesADelegationAlreadyMade() {
        String module = Fixtures.newModule();
        Collectivite syndicat = Fixtures.newSyndicat();
        Collectivite second = Fixtures.newSyndicat();
        asConsole(() -> admin().delegate(module, syndicat.id().code(), List.of("01004")));

        assertDelegationRefused(List.of(AMBERIEU + " a déjà délégué le module " + module + " à " + syndicat.nom() + "."),
                module, second.id().code(), List.of("01004", "01005"));
    }

    @Test
    void refusesAServiceWithoutMembersWhenNoCommuneIsGiven() {
        String module = Fixtures.newModule();
        Collectivite syndicat = Fixtures.newSyndicat();

        assertDelegationRefused(List.of(syndicat.nom() + " n'a aucune commune membre : précisez les communes "
                + "concernées."), module, syndicat.id().code(), List.of());
    }

    @Test
    void refusesUnknownModuleServiceOrCommune() {
        String module = Fixtures.newModule();
        String syndicat = Fixtures.newSyndicat().id().code();
        String modules = admin().availableModules().stream().map(ModuleInfo::id).collect(Collectors.joining(", "));
        String unknown = ". Importez le référentiel (mutualis:import) ou ajoutez-la (mutualis:add).";

        assertRefused(DonneeInvalideException.class, "Module inconnu : « compta ». Modules disponibles sur ce serveur : "
                + modules + ".", "compta", syndicat, List.of("01004"));
        assertRefused(IntrouvableException.class, "Collectivité inconnue : " + Fixtures.UNKNOWN_SIREN + unknown, module,
                Fixtures.UNKNOWN_SIREN, List.of("01004"));
        assertRefused(IntrouvableException.class, "Collectivité inconnue : " + UNKNOWN_INSEE + unknown, module,
                syndicat, List.of("01004", UNKNOWN_INSEE));
        assertRefused(DonneeInvalideException.class, "Code de collectivité invalide : « 1004 ». Attendu : un code "
                + "INSEE de commune (5 caractères, ex. 01001) ou un SIREN (9 chiffres).", module, syndicat,
                List.of("01004", "1004"));
        assertEquals(List.of(), delegationsOf("01004", module));
    }

    private static void assertDelegationRefused(List<String> errors, String module, String service,
            List<String> communes) {
        long delegations = delegationCount();
        long audit = Fixtures.auditCount();

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().delegate(module, service, communes)));

        assertEquals(errors, e.erreurs());
        assertEquals(delegations, delegationCount(), "nothing may be written");
        assertEquals(audit, Fixtures.auditCount(), "nothing may be journaled");
    }

    private static void assertRefused(Class<? extends MutualisException> type, String message, String module,
            String service, List<String> communes) {
        long delegations = delegationCount();

        MutualisException e = assertThrows(type, () -> asConsole(() -> admin().delegate(module, service, communes)));

        assertEquals(message, e.getMessage());
        assertEquals(delegations, delegationCount());
    }
}
