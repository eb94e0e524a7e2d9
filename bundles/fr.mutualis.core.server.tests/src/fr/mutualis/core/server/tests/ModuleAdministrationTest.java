package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.TEST_MODULE;
import static fr.mutualis.core.server.tests.Fixtures.TEST_MODULE_LABEL;
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
import fr.mutualis.core.api.ModuleInfo;

/** Enabling and disabling a module for a collectivity; the module is a {@code ModuleDescriptor} registered here. */
class ModuleAdministrationTest {

    @BeforeAll
    static void registerTestModule() {
        Fixtures.ensureTestModule();
    }

    @Test
    void listsTheModulesHostedOnTheServer() {
        assertTrue(admin().availableModules().contains(new ModuleInfo(TEST_MODULE, TEST_MODULE_LABEL)));
    }

    @Test
    void enablesThenDisablesAModule() {
        Collectivite syndicat = Fixtures.newSyndicat();
        String code = syndicat.id().code();

        asConsole(() -> admin().enableModule(code, " Essai "));
        List<ModuleInfo> enabled = admin().show(code).modulesActifs();
        asConsole(() -> admin().disableModule(code, TEST_MODULE));

        assertEquals(List.of(new ModuleInfo(TEST_MODULE, TEST_MODULE_LABEL)), enabled);
        assertEquals(List.of(), admin().show(code).modulesActifs());
    }

    @Test
    void refusesToEnableAModuleTwice() {
        Collectivite syndicat = Fixtures.newSyndicat();
        String code = syndicat.id().code();
        asConsole(() -> admin().enableModule(code, TEST_MODULE));
        long audit = Fixtures.auditCount();

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().enableModule(code, TEST_MODULE)));

        assertEquals("Le module essai est déjà activé pour " + syndicat.nom() + ".", e.getMessage());
        assertEquals(1, activations(code));
        assertEquals(audit, Fixtures.auditCount());
    }

    @Test
    void refusesAnUnknownModule() {
        String code = Fixtures.newSyndicat().id().code();
        String available = admin().availableModules().stream().map(ModuleInfo::id).collect(Collectors.joining(", "));
        long audit = Fixtures.auditCount();

        DonneeInvalideException enable = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().enableModule(code, "compta")));
        DonneeInvalideException disable = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().disableModule(code, "compta")));

        assertTrue(available.contains(TEST_MODULE), available);
        assertEquals("Module inconnu : « compta ». Modules disponibles sur ce serveur : " + available + ".",
                enable.getMessage());
        assertEquals(enable.getMessage(), disable.getMessage());
        assertEquals(0, activations(code));
        assertEquals(audit, Fixtures.auditCount());
    }

    @Test
    void refusesToDisableAModuleThatIsNotEnabled() {
        Collectivite syndicat = Fixtures.newSyndicat();
        long audit = Fixtures.auditCount();

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().disableModule(syndicat.id().code(), TEST_MODULE)));

        assertEquals("Le module essai n'est pas activé pour " + syndicat.nom() + ".", e.getMessage());
        assertEquals(audit, Fixtures.auditCount());
    }

    @Test
    void refusesAnUnknownCollectivity() {
        IntrouvableException e = assertThrows(IntrouvableException.class,
                () -> asConsole(() -> admin().enableModule(UNKNOWN_INSEE, TEST_MODULE)));

        assertEquals("Collectivité inconnue : " + UNKNOWN_INSEE
                + ". Importez le référentiel (mutualis:import) ou ajoutez-la (mutualis:add).", e.getMessage());
    }

    private static long activations(String code) {
        return Fixtures.count("SELECT COUNT(*) FROM module_actif m JOIN collectivite c ON c.id = m.collectivite_id "
                + "WHERE c.code = ?", code);
    }
}
