package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import fr.mutualis.core.api.AFaireService;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.spi.ContributionAFaire;
import fr.mutualis.testing.OsgiServices;

/**
 * The "À faire" list: gathered from the module contributions for every collectivity of the caller, only where the
 * module is enabled and the caller holds a role the contribution serves, each contribution run in a context bound to
 * the collectivity.
 */
class AFaireServiceTest {

    private static AFaireService service;

    @BeforeAll
    static void setUp() {
        service = OsgiServices.service(AFaireService.class);
    }

    private static List<LigneAFaire> aFaire(String login, String module) {
        return new CallContext(login, null, Set.of(), "test").run(service::aFaire).stream()
                .filter(l -> l.module().equals(module)).toList();
    }

    /** A contribution whose lines say in which context they were computed. */
    private static ServiceRegistration<ContributionAFaire> contribute(String module, Set<Role> served,
            Function<Collectivite, List<LigneAFaire>> lignes) {
        ServiceRegistration<ContributionAFaire> registration = OsgiServices.contextOf(AFaireServiceTest.class)
                .registerService(ContributionAFaire.class, new ContributionAFaire(module, served) {
                    @Override
                    public List<LigneAFaire> lignes(Collectivite collectivite, Set<Role> roles) {
                        CallContext ctx = CallContext.current();
                        assertEquals(collectivite.id(), ctx.collectivite());
                        assertEquals(roles, ctx.roles());
                        return lignes.apply(collectivite);
                    }
                }, null);
        return registration;
    }

    private static LigneAFaire ligne(Collectivite c, String module, String quoi, LocalDate echeance) {
        return new LigneAFaire(c.id(), c.nom(), module, quoi, echeance, module + ".tache", null);
    }

    @Test
    void onlyCollectivitiesWhereTheModuleIsEnabledAndARoleServedIsHeld() {
        String module = Fixtures.newModule();
        Collectivite alpha = Fixtures.newSyndicat("Syndicat Alpha " + Fixtures.suffix());
        Collectivite beta = Fixtures.newSyndicat("Syndicat Beta " + Fixtures.suffix());
        Collectivite lecture = Fixtures.newSyndicat("Syndicat Lecture " + Fixtures.suffix());
        Collectivite inactif = Fixtures.newSyndicat("Syndicat Inactif " + Fixtures.suffix());
        Collectivite autre = Fixtures.newSyndicat("Syndicat Autre " + Fixtures.suffix());
        String login = Fixtures.newUser("afaire", "mot-de-passe-1");
        String voisin = Fixtures.newUser("voisin", "mot-de-passe-1");
        asConsole(() -> {
            admin().grant(login, alpha.id().code(), Set.of(Role.SAISIE));
            admin().grant(login, beta.id().code(), Set.of(Role.ORDONNATEUR, Role.LECTURE));
            admin().grant(login, lecture.id().code(), Set.of(Role.LECTURE));
            admin().grant(login, inactif.id().code(), Set.of(Role.SAISIE));
            admin().grant(voisin, autre.id().code(), Set.of(Role.SAISIE));
            for (Collectivite c : List.of(alpha, beta, lecture, autre)) {
                admin().enableModule(c.id().code(), module);
            }
        });
        var registration = contribute(module, Set.of(Role.SAISIE, Role.ORDONNATEUR), c -> List.of(
                ligne(c, module, "Plus tard pour " + c.nom(), LocalDate.of(2026, 12, 31)),
                ligne(c, module, "Bientôt pour " + c.nom(), LocalDate.of(2026, 12, 10)),
                ligne(c, module, "Sans date pour " + c.nom(), null)));
        try {
            List<LigneAFaire> mine = aFaire(login, module);

            assertEquals(List.of("Bientôt pour " + alpha.nom(), "Bientôt pour " + beta.nom(),
                    "Plus tard pour " + alpha.nom(), "Plus tard pour " + beta.nom(),
                    "Sans date pour " + alpha.nom(), "Sans date pour " + beta.nom()),
                    mine.stream().map(LigneAFaire::quoi).toList(), "dated first, then by collectivity");
            assertEquals(List.of("Sans date pour " + autre.nom()),
                    aFaire(voisin, module).stream().map(LigneAFaire::quoi).filter(q -> q.startsWith("Sans")).toList());
            assertEquals(List.of(), aFaire(Fixtures.newUser("seul", "mot-de-passe-1"), module));
        } finally {
            registration.unregister();
        }
        assertEquals(List.of(), aFaire(login, module), "an unregistered contribution adds nothing");
    }

    @Test
    void aFailingContributionShowsAsAnUnreadableLineAndTheOthersStillShow() {
        String casse = Fixtures.newModule();
        String sain = Fixtures.newModule();
        Collectivite c = Fixtures.newSyndicat();
        String login = Fixtures.newUser("panne", "mot-de-passe-1");
        asConsole(() -> {
            admin().grant(login, c.id().code(), Set.of(Role.PAIE));
            admin().enableModule(c.id().code(), casse);
            admin().enableModule(c.id().code(), sain);
        });
        var broken = contribute(casse, Set.of(Role.PAIE), x -> {
            throw new DonneeInvalideException("paramètres absents");
        });
        var working = contribute(sain, Set.of(Role.PAIE), x -> List.of(ligne(x, sain, "Paie à calculer", null)));
        try {
            List<LigneAFaire> failed = aFaire(login, casse);
            assertEquals(1, failed.size());
            assertTrue(failed.get(0).quoi().contains("illisible : paramètres absents"), failed.get(0).quoi());
            assertEquals(List.of("Paie à calculer"), aFaire(login, sain).stream().map(LigneAFaire::quoi).toList());
        } finally {
            broken.unregister();
            working.unregister();
        }
    }
}
