package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.TEST_MODULE;
import static fr.mutualis.core.server.tests.Fixtures.TEST_MODULE_LABEL;
import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.AccessPolicy;
import fr.mutualis.testing.OsgiServices;

/**
 * The staff of a service collectivity acting for a commune that delegated a module to the service: in that module
 * only, and no longer once the delegation is withdrawn.
 */
class DelegatedAccessTest {

    private static final String ADDRESS = "198.51.100.8";

    private static AccessPolicy policy;
    private static CollectiviteService service;

    private Collectivite commune;
    private Collectivite instructeur;
    private String staff;

    @BeforeAll
    static void lookUp() {
        Fixtures.ensureTestModule();
        policy = OsgiServices.service(AccessPolicy.class);
        service = OsgiServices.service(CollectiviteService.class);
    }

    /** A fresh commune that enabled the test module and delegated it to a fresh service with one staff member. */
    @BeforeEach
    void delegate() {
        String code = Fixtures.freeCommuneCode();
        commune = asConsole(() -> admin().add(code, "Village " + Fixtures.suffix(), CollectiviteKind.COMMUNE, 300, null));
        instructeur = Fixtures.newSyndicat("Service instructeur " + Fixtures.suffix());
        staff = Fixtures.newUser("instructeur", "mot-de-passe-1");
        asConsole(() -> {
            admin().enableModule(code, TEST_MODULE);
            admin().delegate(TEST_MODULE, instructeur.id().code(), List.of(code));
            admin().grant(staff, instructeur.id().code(), Set.of(Role.SAISIE));
        });
    }

    private static java.lang.reflect.Method method(Class<?> type, String name) {
        return java.util.Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theServiceStaffActsForTheCommuneInTheDelegatedModule() {
        CallContext ctx = policy.authorize(staff, ADDRESS, method(EssaiService.class, "saisirDansLeModule"),
                new Object[] { commune.id() });

        assertEquals(new CallContext(staff, commune.id(), Set.of(Role.SAISIE), ADDRESS), ctx);
    }

    @Test
    void theDelegationOpensNoOtherModule() {
        AccesRefuseException e = assertThrows(AccesRefuseException.class, () -> policy.authorize(staff, ADDRESS,
                method(EssaiService.class, "saisirDansUnAutreModule"), new Object[] { commune.id() }));

        assertEquals("Accès refusé : vous n'êtes pas habilité(e) pour la collectivité " + commune.id().code() + ".",
                e.getMessage());
    }

    @Test
    void theStaffSeesTheCommuneWithOnlyTheDelegatedModules() {
        String other = Fixtures.newModule();
        String member = Fixtures.newUser("membre", "mot-de-passe-1");
        asConsole(() -> {
            admin().enableModule(commune.id().code(), other);
            admin().grant(member, commune.id().code(), Set.of(Role.LECTURE));
        });

        List<Collectivite> mine = new CallContext(staff, null, Set.of(), ADDRESS).run(service::mesCollectivites);

        assertEquals(List.of(commune, instructeur).stream().sorted(Comparator.comparing(Collectivite::nom)).toList(),
                mine);
        assertEquals(List.of(new ModuleInfo(TEST_MODULE, TEST_MODULE_LABEL)), consulter(staff).modulesActifs());
        assertEquals(List.of(new ModuleInfo(TEST_MODULE, TEST_MODULE_LABEL), new ModuleInfo(other, "Module " + other)),
                consulter(member).modulesActifs());
    }

    @Test
    void withdrawingTheDelegationWithdrawsTheAccess() {
        asConsole(() -> admin().undelegate(TEST_MODULE, commune.id().code()));

        AccesRefuseException e = assertThrows(AccesRefuseException.class, () -> policy.authorize(staff, ADDRESS,
                method(EssaiService.class, "saisirDansLeModule"), new Object[] { commune.id() }));

        assertEquals("Accès refusé : vous n'êtes pas habilité(e) pour la collectivité " + commune.id().code() + ".",
                e.getMessage());
        assertEquals(List.of(instructeur),
                new CallContext(staff, null, Set.of(), ADDRESS).run(service::mesCollectivites));
    }

    private fr.mutualis.core.api.CollectiviteDetail consulter(String login) {
        CollectiviteId id = commune.id();
        return policy.authorize(login, ADDRESS, method(CollectiviteService.class, "consulter"), new Object[] { id })
                .run(() -> service.consulter(id));
    }
}
