package fr.mutualis.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.admin.AuditLine;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.spi.ModuleDescriptor;
import fr.mutualis.testing.OsgiServices;

/**
 * Test data that survives between builds (the database in {@code target/mutualis-data} is kept unless the build
 * cleans): every test creates its own collectivities and users under fresh names, and reads the state through the
 * {@code Administration} service to prove what a command did or did not change.
 */
final class Fixtures {

    /** A well-formed SIREN (valid check digit) that no test ever creates. */
    static final String UNKNOWN_SIREN = "123456782";
    /** A well-formed INSEE code that no commune has and no test ever creates. */
    static final String UNKNOWN_INSEE = "99999";
    static final String TEST_MODULE = "essai";
    static final String TEST_MODULE_LABEL = "Module d'essai";
    static final String UNKNOWN_HINT = ". Importez le référentiel (mutualis:import) ou ajoutez-la (mutualis:add).";

    private static final Random RANDOM = new Random();
    private static boolean imported;
    private static boolean moduleRegistered;

    private Fixtures() {
    }

    static Administration admin() {
        Gogo.shell();
        return OsgiServices.service(Administration.class);
    }

    static <T> T asConsole(Supplier<T> work) {
        return CallContext.console().run(work);
    }

    /** Six random lowercase letters (no digits, so a name filter never matches a code). */
    static String suffix() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    static String login(String purpose) {
        return purpose + "." + suffix();
    }

    static boolean exists(String code) {
        try {
            admin().show(code);
            return true;
        } catch (IntrouvableException e) {
            return false;
        }
    }

    /** A SIREN with a valid Luhn key that no collectivity has yet. */
    static String freeSiren() {
        while (true) {
            StringBuilder payload = new StringBuilder("9");
            for (int i = 0; i < 7; i++) {
                payload.append(RANDOM.nextInt(10));
            }
            String siren = ControleSiret.avecCle(payload.toString());
            if (!siren.equals(UNKNOWN_SIREN) && !exists(siren)) {
                return siren;
            }
        }
    }

    /** A commune code in 99xxx (used by INSEE for foreign countries, never a commune) that is still free. */
    static String freeCommuneCode() {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String code = String.format("99%03d", RANDOM.nextInt(999));
            if (!exists(code)) {
                return code;
            }
        }
        throw new AssertionError("Every code 99000-99998 is taken by earlier runs: build with 'clean' once.");
    }

    static Collectivite newSyndicat() {
        String nom = "Syndicat essai " + suffix();
        return asConsole(() -> admin().add(freeSiren(), nom, CollectiviteKind.SYNDICAT, 1000, null));
    }

    static Collectivite newCommune() {
        String nom = "Village essai " + suffix();
        return asConsole(() -> admin().add(freeCommuneCode(), nom, CollectiviteKind.COMMUNE, 100, null));
    }

    static String newUser(String purpose) {
        String login = login(purpose);
        asConsole(() -> admin().addUser(login, "Utilisateur " + purpose, "mot-de-passe-1"));
        return login;
    }

    /** Id of the latest journal entry: every write is journaled, so an unchanged id proves nothing was written. */
    static long lastAuditId() {
        List<AuditLine> last = admin().audit(null, null, null, null, 1);
        return last.isEmpty() ? 0 : last.get(0).id();
    }

    /** Imports the shipped INSEE data once per run, through the command (idempotent over earlier runs). */
    static synchronized void ensureImported() {
        if (!imported) {
            String summary = Gogo.ok("mutualis:import");
            assertTrue(summary.startsWith("Import terminé en "), summary);
            imported = true;
        }
    }

    /** Registers the module {@value #TEST_MODULE} once per run, as a module server bundle would. */
    static synchronized void ensureTestModule() {
        if (!moduleRegistered) {
            OsgiServices.contextOf(Fixtures.class).registerService(ModuleDescriptor.class, new ModuleDescriptor() {
                @Override
                public String id() {
                    return TEST_MODULE;
                }

                @Override
                public String libelle() {
                    return TEST_MODULE_LABEL;
                }
            }, null);
            moduleRegistered = true;
        }
        OsgiServices.await("the test module to be known by the administration",
                () -> admin().availableModules().contains(new ModuleInfo(TEST_MODULE, TEST_MODULE_LABEL)));
    }
}
