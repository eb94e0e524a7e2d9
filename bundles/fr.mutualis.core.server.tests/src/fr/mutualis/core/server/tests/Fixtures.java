package fr.mutualis.core.server.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.internal.DatabaseComponent;
import fr.mutualis.core.server.spi.ModuleDescriptor;
import fr.mutualis.testing.OsgiServices;

/**
 * Test data that survives between builds: the database in {@code target/mutualis-data} is kept unless the build
 * cleans, so every test creates its own collectivities and users under fresh, random names.
 */
final class Fixtures {

    /** A well-formed SIREN (valid check digit) that no test ever creates. */
    static final String UNKNOWN_SIREN = "123456782";
    /** A well-formed INSEE code that no commune has and no test ever creates. */
    static final String UNKNOWN_INSEE = "99999";
    /** An EPCI of the shipped data never touched by tests (its member count is asserted exactly). */
    static final String PLAINE_DE_L_AIN = "240100883";
    static final int PLAINE_DE_L_AIN_MEMBERS = 53;
    /** The EPCI tests attach their hand-made communes to. */
    static final String FAUCIGNY_GLIERES = "200000172";

    static final String TEST_MODULE = "essai";
    static final String TEST_MODULE_LABEL = "Module d'essai";

    private static final Random RANDOM = new Random();
    private static boolean imported;
    private static boolean moduleRegistered;

    private Fixtures() {
    }

    static Administration admin() {
        return OsgiServices.service(Administration.class);
    }

    /** Runs administrative work as the server console does. */
    static <T> T asConsole(Supplier<T> work) {
        return CallContext.console().run(work);
    }

    static void asConsole(Runnable work) {
        CallContext.console().run(() -> {
            work.run();
            return null;
        });
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

    /** A new syndicat (random SIREN), as an administrator would add one by hand. */
    static Collectivite newSyndicat(String nom) {
        return asConsole(() -> admin().add(freeSiren(), nom, CollectiviteKind.SYNDICAT, 1000, null));
    }

    static Collectivite newSyndicat() {
        return newSyndicat("Syndicat d'essai " + suffix());
    }

    static String newUser(String purpose, String password) {
        String login = login(purpose);
        asConsole(() -> admin().addUser(login, "Utilisateur " + purpose, password));
        return login;
    }

    /** Imports the shipped INSEE data once per run (the import is idempotent, so an earlier build's data is fine). */
    static synchronized void ensureImported() {
        if (!imported) {
            asConsole(() -> admin().importReferentiel(null));
            imported = true;
        }
    }

    /** Registers the module {@value #TEST_MODULE} once per run, as a module server bundle would. */
    static synchronized void ensureTestModule() {
        if (!moduleRegistered) {
            registerModule(TEST_MODULE, TEST_MODULE_LABEL);
            moduleRegistered = true;
        }
    }

    /** Registers a module with a fresh id (so its activations and delegations are new on every run). */
    static String newModule() {
        String id = "m" + suffix();
        registerModule(id, "Module " + id);
        return id;
    }

    private static void registerModule(String id, String libelle) {
        OsgiServices.contextOf(Fixtures.class).registerService(ModuleDescriptor.class, new ModuleDescriptor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String libelle() {
                return libelle;
            }
        }, null);
        OsgiServices.await("module " + id + " to be known by the administration",
                () -> admin().availableModules().contains(new ModuleInfo(id, libelle)));
    }

    // ---- direct reads of the database, to prove what was (not) written ------------------------------------------

    static boolean exists(String code) {
        return count("SELECT COUNT(*) FROM collectivite WHERE code = ?", code) > 0;
    }

    static long count(String sql, Object... params) {
        List<List<Object>> rows = query(sql, params);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    static long auditCount() {
        return count("SELECT COUNT(*) FROM journal_audit");
    }

    static long collectiviteCount() {
        return count("SELECT COUNT(*) FROM collectivite");
    }

    /** Runs an update as the owner of the schema (on PostgreSQL the server's role may not write everything). */
    static int update(String sql, Object... params) {
        try (Connection c = OsgiServices.service(DatabaseComponent.class).connectAsOwner();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static List<List<Object>> query(String sql, Object... params) {
        try (Connection c = OsgiServices.service(DatabaseComponent.class).connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
