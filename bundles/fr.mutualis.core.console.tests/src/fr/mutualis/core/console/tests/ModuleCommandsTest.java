package fr.mutualis.core.console.tests;

import static fr.mutualis.core.console.tests.Fixtures.UNKNOWN_HINT;
import static fr.mutualis.core.console.tests.Fixtures.UNKNOWN_INSEE;
import static fr.mutualis.core.console.tests.Fixtures.admin;
import static fr.mutualis.core.console.tests.Gogo.ok;
import static fr.mutualis.core.console.tests.Gogo.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.Collectivite;

/**
 * {@code mutualis:modules}, {@code enable}, {@code disable}, {@code delegate} and {@code undelegate}, with the module
 * {@code essai} registered by the test as a module server bundle would.
 */
class ModuleCommandsTest {

    private static final String NO_MODULE = """
            Module  Libellé
            ------  -------
            0 module(s) activé(s)""";
    private static final String ESSAI_ENABLED = """
            Module  Libellé
            ------  --------------
            essai   Module d'essai
            1 module(s) activé(s)""";

    @BeforeAll
    static void registerTestModule() {
        Fixtures.ensureImported();
        Fixtures.ensureTestModule();
    }

    @Test
    void modulesListsTheModulesInstalledOnTheServer() {
        String text = ok("mutualis:modules");

        assertEquals("""
                Module  Libellé
                ------  --------------
                essai   Module d'essai
                1 module(s) installé(s)""", text);
    }

    @Test
    void enableThenDisableAModuleForACollectivity() {
        Collectivite syndicat = Fixtures.newSyndicat();
        String code = syndicat.id().code();

        String before = ok("mutualis:modules " + code);
        String enabled = ok("mutualis:enable " + code + " essai");
        String during = ok("mutualis:modules " + code);
        String shown = ok("mutualis:show " + code);
        String disabled = ok("mutualis:disable " + code + " essai");

        assertEquals(NO_MODULE, before);
        assertEquals("Module essai activé pour " + syndicat.libelle() + ".", enabled);
        assertEquals(ESSAI_ENABLED, during);
        assertTrue(shown.endsWith("\n  Modules     : essai"), shown);
        assertEquals("Module essai désactivé pour " + syndicat.libelle() + ".", disabled);
        assertEquals(NO_MODULE, ok("mutualis:modules " + code));
    }

    @Test
    void enableAndDisableRefuseBadInputAndWriteNothing() {
        Collectivite syndicat = Fixtures.newSyndicat();
        String code = syndicat.id().code();
        Collectivite other = Fixtures.newSyndicat();
        ok("mutualis:enable " + code + " essai");
        long audit = Fixtures.lastAuditId();

        refused("mutualis:enable " + code + " essai", "Le module essai est déjà activé pour " + syndicat.nom() + ".");
        refused("mutualis:enable " + code + " compta",
                "Module inconnu : « compta ». Modules disponibles sur ce serveur : essai.");
        refused("mutualis:disable " + code + " compta",
                "Module inconnu : « compta ». Modules disponibles sur ce serveur : essai.");
        refused("mutualis:enable " + UNKNOWN_INSEE + " essai", "Collectivité inconnue : " + UNKNOWN_INSEE + UNKNOWN_HINT);
        refused("mutualis:disable " + other.id().code() + " essai",
                "Le module essai n'est pas activé pour " + other.nom() + ".");
        refused("mutualis:modules " + UNKNOWN_INSEE, "Collectivité inconnue : " + UNKNOWN_INSEE + ".");

        assertEquals(audit, Fixtures.lastAuditId());
        assertEquals(ESSAI_ENABLED, ok("mutualis:modules " + code));
        assertEquals(NO_MODULE, ok("mutualis:modules " + other.id().code()));
    }

    @Test
    void delegateThenUndelegateAModule() {
        Collectivite service = Fixtures.newSyndicat();
        Collectivite first = Fixtures.newCommune();
        Collectivite second = Fixtures.newCommune();
        List<Collectivite> byName = Stream.of(first, second).sorted(Comparator.comparing(Collectivite::nom)).toList();

        String delegated = ok("mutualis:delegate essai " + service.id().code() + " " + first.id().code() + " "
                + second.id().code());
        String commune = ok("mutualis:show " + first.id().code());
        String provider = ok("mutualis:show " + service.id().code());
        String undelegated = ok("mutualis:undelegate essai " + first.id().code());

        assertEquals("Module essai délégué à " + service.libelle() + " pour 2 commune(s).", delegated);
        assertTrue(commune.endsWith("\n  Modules     : aucun\n  Délégation  : essai : " + first.libelle() + " -> "
                + service.libelle()), commune);
        assertTrue(provider.endsWith("\n  Délégation  : essai : " + byName.get(0).libelle() + " -> " + service.libelle()
                + "\n  Délégation  : essai : " + byName.get(1).libelle() + " -> " + service.libelle()), provider);
        assertEquals("Délégation du module essai retirée pour " + first.id().code() + ".", undelegated);
        assertTrue(ok("mutualis:show " + first.id().code()).endsWith("\n  Modules     : aucun"));
    }

    @Test
    void delegateAndUndelegateRefuseBadInputAndWriteNothing() {
        Collectivite service = Fixtures.newSyndicat();
        Collectivite commune = Fixtures.newCommune();
        Collectivite other = Fixtures.newSyndicat();
        ok("mutualis:delegate essai " + service.id().code() + " " + commune.id().code());
        long audit = Fixtures.lastAuditId();

        refused("mutualis:delegate essai 01004 01005", "Ambérieu-en-Bugey est une commune : seul un EPCI ou un "
                + "syndicat peut assurer un service pour d'autres collectivités.");
        refused("mutualis:delegate essai 240100883 69005",
                "Ambérieux (69005) n'est pas membre de CC de la Plaine de l'Ain.");
        refused("mutualis:delegate essai " + other.id().code() + " " + commune.id().code(),
                commune.nom() + " a déjà délégué le module essai à " + service.nom() + ".");
        refused("mutualis:delegate essai " + other.id().code(),
                other.nom() + " n'a aucune commune membre : précisez les communes concernées.");
        refused("mutualis:delegate compta " + other.id().code() + " " + commune.id().code(),
                "Module inconnu : « compta ». Modules disponibles sur ce serveur : essai.");
        refused("mutualis:delegate essai " + other.id().code() + " " + UNKNOWN_INSEE,
                "Collectivité inconnue : " + UNKNOWN_INSEE + UNKNOWN_HINT);
        refused("mutualis:undelegate essai " + other.id().code(), other.nom() + " n'a pas délégué le module essai.");
        refused("mutualis:undelegate essai 01004", "Ambérieu-en-Bugey n'a pas délégué le module essai.");
        refused("mutualis:delegate essai 240100883 01004 69005",
                "Ambérieux (69005) n'est pas membre de CC de la Plaine de l'Ain.");
        assertEquals(NO_MODULE, ok("mutualis:modules 01004"));

        assertEquals(audit, Fixtures.lastAuditId());
        assertEquals(List.of("essai : " + commune.libelle() + " -> " + service.libelle()),
                admin().delegations(commune.id().code()));
    }
}
