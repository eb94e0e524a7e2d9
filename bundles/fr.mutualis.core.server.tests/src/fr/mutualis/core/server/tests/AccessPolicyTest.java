package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.AccessPolicy;
import fr.mutualis.core.server.security.Permissions;
import fr.mutualis.testing.OsgiServices;

/** The central authorization of remote calls, on the methods of {@link EssaiService}. */
class AccessPolicyTest {

    private static final String ADDRESS = "198.51.100.7";
    private static final String NO_PERMISSION = "Accès refusé : cette opération n'a pas de permission déclarée.";

    private static AccessPolicy policy;
    private static Collectivite syndicat;
    private static CollectiviteId id;

    @BeforeAll
    static void setUp() {
        Fixtures.ensureTestModule();
        policy = OsgiServices.service(AccessPolicy.class);
        syndicat = Fixtures.newSyndicat();
        id = syndicat.id();
    }

    private static Method method(String name, Class<?>... parameters) {
        try {
            return EssaiService.class.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static final Method SAISIR = method("saisir", String.class, CollectiviteId.class);
    private static final Method SAISIR_MODULE = method("saisirDansLeModule", CollectiviteId.class);

    private static String member(Role... roles) {
        String login = Fixtures.newUser("acces", "mot-de-passe-1");
        asConsole(() -> admin().grant(login, id.code(), EnumSet.copyOf(Arrays.asList(roles))));
        return login;
    }

    @Test
    void aMemberHoldingTheRoleGetsTheVerifiedContext() {
        String login = member(Role.SAISIE, Role.LECTURE);

        CallContext ctx = policy.authorize(login, ADDRESS, SAISIR, new Object[] { "mandat", id });

        assertEquals(new CallContext(login, id, Set.of(Role.SAISIE, Role.LECTURE), ADDRESS), ctx);
    }

    @Test
    void anyOneOfTheListedRolesIsEnough() {
        String login = member(Role.ORDONNATEUR);

        assertEquals(Set.of(Role.ORDONNATEUR), policy.authorize(login, ADDRESS, SAISIR, new Object[] { "x", id }).roles());
    }

    @Test
    void refusesSomeoneWhoIsNotAMember() {
        String outsider = Fixtures.newUser("acces", "mot-de-passe-1");
        String memberElsewhere = Fixtures.newUser("acces", "mot-de-passe-1");
        asConsole(() -> admin().grant(memberElsewhere, Fixtures.newSyndicat().id().code(), Set.of(Role.SAISIE)));
        String expected = "Accès refusé : vous n'êtes pas habilité(e) pour la collectivité " + id.code() + ".";

        AccesRefuseException nobody = assertThrows(AccesRefuseException.class,
                () -> policy.authorize(outsider, ADDRESS, SAISIR, new Object[] { "x", id }));
        AccesRefuseException elsewhere = assertThrows(AccesRefuseException.class,
                () -> policy.authorize(memberElsewhere, ADDRESS, SAISIR, new Object[] { "x", id }));

        assertEquals(expected, nobody.getMessage());
        assertEquals(expected, elsewhere.getMessage());
    }

    @Test
    void everyRefusalIsJournaledWithWhoWhatWhereAndWhy() {
        String login = member(Role.LECTURE);

        assertThrows(AccesRefuseException.class,
                () -> policy.authorize(login, ADDRESS, SAISIR, new Object[] { "x", id }));

        fr.mutualis.core.server.admin.AuditLine entry = admin().audit(null, login, null, null, 1).get(0);
        assertEquals(java.util.List.of(login, ADDRESS, id.code(), "acces.refuse",
                Permissions.key(SAISIR) + " : missing role"), java.util.List.of(entry.login(), entry.adresseClient(),
                entry.collectivite(), entry.operation(), entry.objet()));
    }

    @Test
    void refusesAMemberWithoutTheRole() {
        String login = member(Role.LECTURE, Role.PAIE);

        AccesRefuseException e = assertThrows(AccesRefuseException.class,
                () -> policy.authorize(login, ADDRESS, SAISIR, new Object[] { "x", id }));

        assertEquals("Accès refusé : cette opération demande l'un des rôles Saisie, Ordonnateur / validation "
                + "sur la collectivité " + id.code() + ".", e.getMessage());
    }

    @Test
    void refusesACallToAModuleThatIsNotEnabledThenAcceptsItOnceEnabled() {
        Collectivite other = Fixtures.newSyndicat();
        String login = Fixtures.newUser("acces", "mot-de-passe-1");
        asConsole(() -> admin().grant(login, other.id().code(), Set.of(Role.SAISIE)));

        AccesRefuseException e = assertThrows(AccesRefuseException.class,
                () -> policy.authorize(login, ADDRESS, SAISIR_MODULE, new Object[] { other.id() }));
        asConsole(() -> admin().enableModule(other.id().code(), Fixtures.TEST_MODULE));
        CallContext ctx = policy.authorize(login, ADDRESS, SAISIR_MODULE, new Object[] { other.id() });

        assertEquals("Accès refusé : le module « Module d'essai » n'est pas activé pour la collectivité "
                + other.id().code() + ".", e.getMessage());
        assertEquals(new CallContext(login, other.id(), Set.of(Role.SAISIE), ADDRESS), ctx);
    }

    @Test
    void refusesAMethodWithoutAnnotation() {
        String login = member(Role.values());

        AccesRefuseException e = assertThrows(AccesRefuseException.class, () -> policy.authorize(login, ADDRESS,
                method("sansPermission", CollectiviteId.class), new Object[] { id }));

        assertEquals(NO_PERMISSION, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "sansCollectivite", "deuxAnnotations", "surcharge" })
    void refusesAMethodWhosePermissionIsInvalid(String name) {
        String login = member(Role.values());
        Method invalid = Arrays.stream(EssaiService.class.getMethods())
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
        Object[] args = Arrays.stream(invalid.getParameterTypes())
                .map(t -> t == CollectiviteId.class ? id : t == int.class ? (Object) 1 : id.code()).toArray();

        AccesRefuseException e = assertThrows(AccesRefuseException.class,
                () -> policy.authorize(login, ADDRESS, invalid, args));

        assertEquals(NO_PERMISSION, e.getMessage());
    }

    @Test
    void refusesACallWithoutCollectivity() {
        String login = member(Role.SAISIE);
        String expected = "Accès refusé : l'appel ne précise pas la collectivité concernée.";

        AccesRefuseException nullArgument = assertThrows(AccesRefuseException.class,
                () -> policy.authorize(login, ADDRESS, SAISIR, new Object[] { "x", null }));
        AccesRefuseException noArguments = assertThrows(AccesRefuseException.class,
                () -> policy.authorize(login, ADDRESS, SAISIR, null));

        assertEquals(expected, nullArgument.getMessage());
        assertEquals(expected, noArguments.getMessage());
    }

    @Test
    void anAuthenticatedOnlyMethodGetsAContextWithoutCollectivity() {
        String login = Fixtures.newUser("acces", "mot-de-passe-1");

        CallContext ctx = policy.authorize(login, ADDRESS, method("quiSuisJe"), null);

        assertEquals(login, ctx.login());
        assertNull(ctx.collectivite());
        assertEquals(Set.of(), ctx.roles());
        assertEquals(ADDRESS, ctx.clientAddress());
    }

    @Test
    void everyMethodOfTheCoreRemoteServiceDeclaresAValidPermission() {
        for (Method m : CollectiviteService.class.getMethods()) {
            assertNull(Permissions.defect(m), m::toString);
        }
    }
}
