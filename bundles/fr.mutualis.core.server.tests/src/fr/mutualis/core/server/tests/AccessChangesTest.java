package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.TEST_MODULE;
import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.AccessPolicy;
import fr.mutualis.core.server.spi.ModuleActivations;
import fr.mutualis.testing.OsgiServices;

/**
 * The access policy keeps roles and module activations in memory between calls: a right withdrawn by the
 * administrator is nevertheless refused on the very next call, and a right granted is usable at once.
 */
class AccessChangesTest {

    private static final String ADDRESS = "198.51.100.9";

    private static AccessPolicy policy;
    private static ModuleActivations activations;

    @BeforeAll
    static void lookUp() {
        Fixtures.ensureTestModule();
        policy = OsgiServices.service(AccessPolicy.class);
        activations = OsgiServices.service(ModuleActivations.class);
    }

    private static Method method(String name) {
        return java.util.Arrays.stream(EssaiService.class.getMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow();
    }

    private static CallContext saisir(String login, CollectiviteId id) {
        return policy.authorize(login, ADDRESS, method("saisir"), new Object[] { "mandat", id });
    }

    private static CallContext saisirDansLeModule(String login, CollectiviteId id) {
        return policy.authorize(login, ADDRESS, method("saisirDansLeModule"), new Object[] { id });
    }

    @Test
    void aRevokedRoleIsRefusedOnTheNextCall() {
        CollectiviteId id = Fixtures.newSyndicat().id();
        String login = Fixtures.newUser("changes", "mot-de-passe-1");
        asConsole(() -> admin().grant(login, id.code(), Set.of(Role.SAISIE, Role.LECTURE)));
        saisir(login, id);
        saisir(login, id); // answered from memory

        asConsole(() -> admin().revoke(login, id.code(), Set.of(Role.SAISIE)));
        AccesRefuseException e = assertThrows(AccesRefuseException.class, () -> saisir(login, id));

        assertEquals("Accès refusé : cette opération demande l'un des rôles Saisie, Ordonnateur / validation "
                + "sur la collectivité " + id.code() + ".", e.getMessage());
    }

    @Test
    void revokingEveryRoleMakesTheUserAStrangerAtOnceAndGrantingAgainOpensAtOnce() {
        CollectiviteId id = Fixtures.newSyndicat().id();
        String login = Fixtures.newUser("changes", "mot-de-passe-1");
        asConsole(() -> admin().grant(login, id.code(), Set.of(Role.SAISIE)));
        saisir(login, id);

        asConsole(() -> admin().revoke(login, id.code(), null));
        AccesRefuseException e = assertThrows(AccesRefuseException.class, () -> saisir(login, id));
        asConsole(() -> admin().grant(login, id.code(), Set.of(Role.ORDONNATEUR)));
        CallContext again = saisir(login, id);

        assertEquals("Accès refusé : vous n'êtes pas habilité(e) pour la collectivité " + id.code() + ".",
                e.getMessage());
        assertEquals(Set.of(Role.ORDONNATEUR), again.roles());
    }

    @Test
    void aDisabledModuleIsRefusedOnTheNextCall() {
        CollectiviteId id = Fixtures.newSyndicat().id();
        String login = Fixtures.newUser("changes", "mot-de-passe-1");
        asConsole(() -> {
            admin().grant(login, id.code(), Set.of(Role.SAISIE));
            admin().enableModule(id.code(), TEST_MODULE);
        });
        saisirDansLeModule(login, id);
        assertTrue(activations.estActive(id, TEST_MODULE));

        asConsole(() -> admin().disableModule(id.code(), TEST_MODULE));
        AccesRefuseException e = assertThrows(AccesRefuseException.class, () -> saisirDansLeModule(login, id));

        assertEquals("Accès refusé : le module « Module d'essai » n'est pas activé pour la collectivité "
                + id.code() + ".", e.getMessage());
        assertFalse(activations.estActive(id, TEST_MODULE));
    }

    @Test
    void aWithdrawnDelegationIsRefusedOnTheNextCall() {
        String code = Fixtures.freeCommuneCode();
        Collectivite commune = asConsole(
                () -> admin().add(code, "Hameau " + Fixtures.suffix(), CollectiviteKind.COMMUNE, 120, null));
        Collectivite service = Fixtures.newSyndicat("Service commun " + Fixtures.suffix());
        String staff = Fixtures.newUser("changes", "mot-de-passe-1");
        asConsole(() -> {
            admin().enableModule(code, TEST_MODULE);
            admin().delegate(TEST_MODULE, service.id().code(), List.of(code));
            admin().grant(staff, service.id().code(), Set.of(Role.SAISIE));
        });
        assertEquals(Set.of(Role.SAISIE), saisirDansLeModule(staff, commune.id()).roles());

        asConsole(() -> admin().undelegate(TEST_MODULE, code));
        AccesRefuseException e = assertThrows(AccesRefuseException.class,
                () -> saisirDansLeModule(staff, commune.id()));

        assertEquals("Accès refusé : vous n'êtes pas habilité(e) pour la collectivité " + code + ".",
                e.getMessage());
    }

    /**
     * Proves the answers do come from memory: a role deleted behind the administration's back (straight in the
     * database) is still honoured, until any administrative change empties the cache.
     */
    @Test
    void theAnswersComeFromMemoryUntilTheNextAdministrativeChange() {
        CollectiviteId id = Fixtures.newSyndicat().id();
        String login = Fixtures.newUser("changes", "mot-de-passe-1");
        asConsole(() -> admin().grant(login, id.code(), Set.of(Role.SAISIE)));
        saisir(login, id);

        assertEquals(1, Fixtures.update("DELETE FROM habilitation WHERE utilisateur_id = "
                + "(SELECT id FROM utilisateur WHERE login = ?)", login));
        CallContext cached = saisir(login, id);
        asConsole(() -> admin().grant(Fixtures.newUser("changes", "mot-de-passe-1"), id.code(), Set.of(Role.LECTURE)));

        assertEquals(Set.of(Role.SAISIE), cached.roles());
        assertThrows(AccesRefuseException.class, () -> saisir(login, id));
    }
}
