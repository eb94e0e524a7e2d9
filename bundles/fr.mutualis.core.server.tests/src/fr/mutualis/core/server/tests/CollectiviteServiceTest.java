package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.FAUCIGNY_GLIERES;
import static fr.mutualis.core.server.tests.Fixtures.PLAINE_DE_L_AIN;
import static fr.mutualis.core.server.tests.Fixtures.PLAINE_DE_L_AIN_MEMBERS;
import static fr.mutualis.core.server.tests.Fixtures.TEST_MODULE;
import static fr.mutualis.core.server.tests.Fixtures.TEST_MODULE_LABEL;
import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.core.api.Compte;
import fr.mutualis.core.api.Habilitation;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.AccessPolicy;
import fr.mutualis.testing.OsgiServices;

/**
 * The core remote service, called as the remote layer does: the access policy authorizes the call and the business
 * method runs inside the context it returns.
 */
class CollectiviteServiceTest {

    private static CollectiviteService service;
    private static AccessPolicy policy;

    @BeforeAll
    static void setUp() {
        Fixtures.ensureImported();
        Fixtures.ensureTestModule();
        service = OsgiServices.service(CollectiviteService.class);
        policy = OsgiServices.service(AccessPolicy.class);
    }

    private static <T> T remote(String login, Supplier<T> call) {
        return new CallContext(login, null, Set.of(), "test").run(call);
    }

    private static CollectiviteDetail consulter(String login, CollectiviteId id) throws NoSuchMethodException {
        CallContext ctx = policy.authorize(login, "test",
                CollectiviteService.class.getMethod("consulter", CollectiviteId.class), new Object[] { id });
        return ctx.run(() -> service.consulter(id));
    }

    @Test
    void mesCollectivitesListsOnlyTheCallersSortedByName() {
        String suffix = Fixtures.suffix();
        Collectivite zeta = Fixtures.newSyndicat("Syndicat Zeta " + suffix);
        Collectivite alpha = Fixtures.newSyndicat("Syndicat Alpha " + suffix);
        Collectivite other = Fixtures.newSyndicat("Syndicat Beta " + suffix);
        String login = Fixtures.newUser("mes", "mot-de-passe-1");
        String neighbour = Fixtures.newUser("voisin", "mot-de-passe-1");
        asConsole(() -> {
            admin().grant(login, zeta.id().code(), Set.of(Role.LECTURE, Role.SAISIE));
            admin().grant(login, alpha.id().code(), Set.of(Role.PAIE));
            admin().grant(neighbour, other.id().code(), Set.of(Role.LECTURE));
        });

        List<Collectivite> mine = remote(login, service::mesCollectivites);

        assertEquals(List.of(alpha, zeta), mine);
        assertEquals(List.of(other), remote(neighbour, service::mesCollectivites));
        assertEquals(List.of(), remote(Fixtures.newUser("seul", "mot-de-passe-1"), service::mesCollectivites));
    }

    @Test
    void monCompteGivesTheCallersRolesPerCollectivity() {
        String suffix = Fixtures.suffix();
        Collectivite b = Fixtures.newSyndicat("Syndicat Bravo " + suffix);
        Collectivite a = Fixtures.newSyndicat("Syndicat Alpha " + suffix);
        String login = Fixtures.newUser("compte", "mot-de-passe-1");
        asConsole(() -> {
            admin().grant(login, b.id().code(), Set.of(Role.ORDONNATEUR));
            admin().grant(login, a.id().code(), Set.of(Role.LECTURE, Role.SAISIE));
        });

        Compte compte = remote(login, service::monCompte);

        assertEquals(new Compte(login, "Utilisateur compte", List.of(
                new Habilitation(a.id(), a.nom(), Set.of(Role.LECTURE, Role.SAISIE)),
                new Habilitation(b.id(), b.nom(), Set.of(Role.ORDONNATEUR)))), compte);
    }

    @Test
    void consulterGivesTheEnabledModulesOfACollectivity() throws Exception {
        Collectivite syndicat = Fixtures.newSyndicat();
        String login = Fixtures.newUser("consulter", "mot-de-passe-1");
        asConsole(() -> {
            admin().grant(login, syndicat.id().code(), Set.of(Role.LECTURE));
            admin().enableModule(syndicat.id().code(), TEST_MODULE);
        });

        CollectiviteDetail detail = consulter(login, syndicat.id());

        assertEquals(new CollectiviteDetail(syndicat, List.of(new ModuleInfo(TEST_MODULE, TEST_MODULE_LABEL)), 0),
                detail);
        assertEquals(List.of(new ModuleInfo(TEST_MODULE, TEST_MODULE_LABEL)),
                new CallContext(login, syndicat.id(), Set.of(Role.LECTURE), "test")
                        .run(() -> service.modulesActifs(syndicat.id())));
    }

    @Test
    void consulterGivesTheMemberCountOfAnEpci() throws Exception {
        String login = Fixtures.newUser("consulter", "mot-de-passe-1");
        asConsole(() -> admin().grant(login, PLAINE_DE_L_AIN, Set.of(Role.LECTURE)));

        CollectiviteDetail detail = consulter(login, new CollectiviteId(PLAINE_DE_L_AIN));

        assertEquals("CC de la Plaine de l'Ain", detail.collectivite().nom());
        assertEquals(PLAINE_DE_L_AIN_MEMBERS, detail.nombreMembres());
        assertEquals(List.of(), detail.modulesActifs());
    }

    @Test
    void consulterGivesACommuneWithItsEpciAsTheOtherReadsDo() throws Exception {
        String login = Fixtures.newUser("consulter", "mot-de-passe-1");
        asConsole(() -> admin().grant(login, "74049", Set.of(Role.LECTURE)));

        CollectiviteDetail detail = consulter(login, new CollectiviteId("74049"));

        assertEquals(remote(login, service::mesCollectivites), List.of(detail.collectivite()));
        assertEquals(new CollectiviteId(FAUCIGNY_GLIERES), detail.collectivite().epci());
        assertEquals(0, detail.nombreMembres());
    }

    @Test
    void refusesACallOutsideAnyContext() {
        AccesRefuseException e = assertThrows(AccesRefuseException.class, service::mesCollectivites);

        assertEquals("Accès refusé : aucun utilisateur authentifié pour cet appel.", e.getMessage());
    }
}
