package fr.mutualis.core.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.internal.CoreStore;
import fr.mutualis.core.server.internal.DatabaseComponent;
import fr.mutualis.core.server.internal.entity.CollectiviteEntity;
import fr.mutualis.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The upgrade from the previous release: a database its hand-made migrator created (schema_version, data in every
 * module) is taken over by this server's Flyway migrations (baseline = the last version schema_version records), the
 * newer migrations of the core and of every module (their PostgreSQL scripts included) are applied, and every row is
 * still there, under the tables' new names, and readable through the server's persistence unit. On the database of
 * the run: H2, or PostgreSQL in the PostgreSQL run.
 */
class UpgradeFromPreviousReleaseTest {

    /** One row per module, and the core's relations, as a user of the previous release would have left them. */
    private static final List<String> DATA = List.of(
            "INSERT INTO collectivite (id, code, siren, nom, kind, population, departement, epci_id, epci_nature) "
                    + "VALUES (1, '200007177', '200007177', 'CC du Pays de Nérondes', 'EPCI', 4011, '18', NULL, 'CC')",
            "INSERT INTO collectivite (id, code, siren, nom, kind, population, departement, epci_id, epci_nature) "
                    + "VALUES (2, '18056', '211800569', 'Chassy', 'COMMUNE', 332, '18', 1, NULL)",
            "INSERT INTO utilisateur (id, login, nom, password_hash, failed_attempts, locked, created_at) "
                    + "VALUES (1, 'secretaire', 'Marie Secrétaire', 'pbkdf2$1$aa$bb', 0, FALSE, TIMESTAMP '2026-01-05 09:00:00')",
            "INSERT INTO habilitation (id, utilisateur_id, collectivite_id, role) VALUES (1, 1, 2, 'saisie')",
            "INSERT INTO module_actif (id, collectivite_id, module) VALUES (1, 2, 'budget')",
            "INSERT INTO delegation (id, collectivite_id, module, service_id) VALUES (1, 2, 'urbanisme', 1)",
            "INSERT INTO journal_audit (id, horodatage, login, collectivite, operation, objet, adresse_client) "
                    + "VALUES (1, TIMESTAMP '2026-01-05 09:01:00', 'admin', '18056', 'enable', 'budget', 'console')",
            "INSERT INTO budget_budget (id, collectivite, cod_bud, libelle, type_budget, declinaison, id_post, id_coll, "
                    + "cod_col) VALUES (1, '18056', '00', 'COMMUNE DE CHASSY - BUDGET PRINCIPAL', 'principal', 'A', "
                    + "'018000', '21180056000016', '056')",
            "INSERT INTO paie_agent (id, collectivite, matricule, nom, prenom, nir_chiffre, statut, heures_hebdo, "
                    + "quotite, code_grade, echelon, indice_majore, points_nbi, zone_residence, nombre_enfants, "
                    + "categorie_tpp, taux_pas, date_entree) VALUES (1, '18056', 'A001', 'MARTIN', 'Julie', "
                    + "'v1:chiffre', 'TITULAIRE', 35.00, 1.0000, 'C1', 3, 368, 0, 'ZONE3', 1, 'ACTIF', 2.5000, "
                    + "DATE '2020-03-01')",
            "INSERT INTO urba_dossier (id, collectivite, numero, type_dossier, etat, date_depot, canal, cerfa, "
                    + "petitionnaire_nom, petitionnaire_prenom, petitionnaire_adresse, petitionnaire_courriel, "
                    + "terrain_adresse, description, date_limite, issue_tacite) VALUES (1, '18056', "
                    + "'PC0180562600001', 'PC', 'DEPOSE', DATE '2026-02-02', 'PAPIER', '13406*09', 'DURAND', 'Paul', "
                    + "'1 rue Haute 18800 Chassy', 'paul@exemple.fr', 'Le Bourg 18800 Chassy', 'Maison', "
                    + "DATE '2026-04-02', 'ACCORD')");

    /** Tables the migrations since the previous release rename: urbanisme V2 (never an abbreviation). */
    private static final Map<String, String> RENAMED = Map.of("urba_dossier", "urbanisme_dossier");

    @TempDir
    Path folder;

    private TestDatabases.TestDatabase postgresql;
    private DatabaseComponent database;

    @BeforeEach
    void previousReleaseDatabase() throws Exception {
        Map<String, String> db = new HashMap<>();
        if (TestDatabases.postgresql()) {
            postgresql = TestDatabases.create();
            db.putAll(postgresql.configuration());
        } else {
            db.put("db.url", "jdbc:h2:file:" + folder.resolve("ancienne") + ";MODE=LEGACY");
            db.put("db.user", "mutualis");
            db.put("db.password", "");
        }
        database = withConfiguration(db, config -> new DatabaseComponent(config));
        Bundle tests = FrameworkUtil.getBundle(UpgradeFromPreviousReleaseTest.class);
        try (Connection c = database.connect()) {
            PreviousReleaseDatabase.create(c, tests);
            try (Statement s = c.createStatement()) {
                for (String insert : DATA) {
                    s.execute(insert);
                }
            }
        }
    }

    @AfterEach
    void drop() {
        if (postgresql != null) {
            postgresql.close();
        }
    }

    @Test
    void theNewServerTakesTheDatabaseOverAndEveryRowIsStillThere() throws Exception {
        Map<String, List<Map<String, Object>>> before = contents();

        migrateEveryModule();

        for (String module : PreviousReleaseDatabase.MODULES) {
            List<List<Object>> history = rows("SELECT \"version\", \"type\", \"description\", \"success\" FROM "
                    + "\"flyway_schema_history_" + module + "\" WHERE \"type\" <> 'TABLE' ORDER BY \"installed_rank\"");
            String previous = module.equals("core") ? "2" : "1";
            assertEquals(List.of(previous, "BASELINE", "taken over from schema_version", true), history.get(0),
                    module + ": the baseline is the previous release's last version");
            for (List<Object> applied : history.subList(1, history.size())) {
                assertTrue(Integer.parseInt((String) applied.get(0)) > Integer.parseInt(previous),
                        module + ": only newer migrations run: " + applied);
            }
        }
        assertEquals(before, kept(before, contents(), DROPPED), "every row of every module is still there");
        assertEquals(List.of(), abbreviatedNames(), "no table, index, constraint, sequence or policy is named urba_");

        // and readable by the server's own entities
        EntityManagerFactory emf = database.open("mutualis.core", CoreStore.class.getClassLoader());
        try {
            EntityManager em = emf.createEntityManager();
            try {
                CollectiviteEntity chassy = em.createQuery("SELECT c FROM CollectiviteEntity c WHERE c.code = '18056'",
                        CollectiviteEntity.class).getSingleResult();
                assertEquals("Chassy", chassy.getNom());
                assertEquals("CC du Pays de Nérondes", chassy.getEpci().getNom());
            } finally {
                em.close();
            }
        } finally {
            emf.close();
        }

        Map<String, List<Map<String, Object>>> migrated = contents();
        migrateEveryModule();
        assertEquals(migrated, contents(), "a second start changes nothing");
    }

    @Test
    void aPreviousReleaseDatabaseOfANewerSchemaIsRefusedAndLeftUnchanged() throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (module, version, description, checksum, applied_at) "
                    + "VALUES ('core', 99, 'future', 'x', TIMESTAMP '2027-01-01 00:00:00')");
        }
        Map<String, List<Map<String, Object>>> before = contents();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> database.migrate(
                FrameworkUtil.getBundle(DatabaseComponent.class), "core"));

        assertTrue(e.getMessage().contains("has a newer schema of module core (V99 (schema_version)) than this server"),
                e.getMessage());
        assertEquals(before, contents());
        try (Connection c = database.connect()) {
            assertFalse(tableExists(c, "flyway_schema_history_core"), "nothing written");
        }
    }

    private void migrateEveryModule() {
        database.migrate(FrameworkUtil.getBundle(DatabaseComponent.class), "core");
        for (Map.Entry<String, String> module : Map.of("budget", "fr.mutualis.budget.server", "paie",
                "fr.mutualis.payroll.server", "urbanisme", "fr.mutualis.urbanism.server").entrySet()) {
            database.migrate(SourceBundle.of(module.getValue()), module.getKey());
        }
    }

    /** The names of the tables, indexes, constraints, sequences (and PostgreSQL policies) still starting urba_. */
    private List<List<Object>> abbreviatedNames() throws SQLException {
        String like = " LIKE 'urba\\_%' ESCAPE '\\'";
        if (TestDatabases.postgresql()) {
            return rows("SELECT relname FROM pg_class WHERE relname" + like + " UNION ALL SELECT conname FROM "
                    + "pg_constraint WHERE conname" + like + " UNION ALL SELECT polname FROM pg_policy WHERE polname"
                    + like);
        }
        return rows("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME)" + like
                + " UNION ALL SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE LOWER(INDEX_NAME)" + like
                + " UNION ALL SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE "
                + "LOWER(CONSTRAINT_NAME)" + like + " UNION ALL SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES "
                + "WHERE LOWER(SEQUENCE_NAME)" + like);
    }

    /** Columns the migrations since the previous release drop on purpose (core V3: locks expire by themselves). */
    private static final Set<String> DROPPED = Set.of("utilisateur.locked");

    /**
     * The rows as they are now, reduced to the columns that existed before (newer migrations may add columns); a
     * column that is gone must be one of {@code dropped}, and its values are then left out of the comparison.
     */
    private static Map<String, List<Map<String, Object>>> kept(Map<String, List<Map<String, Object>>> before,
            Map<String, List<Map<String, Object>>> after, Set<String> dropped) {
        Map<String, List<Map<String, Object>>> kept = new LinkedHashMap<>();
        Set<String> gone = new TreeSet<>();
        after.forEach((table, rows) -> {
            List<Map<String, Object>> reduced = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                Map<String, Object> old = i < before.get(table).size() ? before.get(table).get(i) : rows.get(i);
                for (String column : old.keySet()) {
                    if (rows.get(i).containsKey(column)) {
                        row.put(column, rows.get(i).get(column));
                    } else {
                        gone.add(table + "." + column);
                        row.put(column, dropped.contains(table + "." + column) ? old.get(column) : "<dropped>");
                    }
                }
                reduced.add(row);
            }
            kept.put(table, reduced);
        });
        assertEquals(new TreeSet<>(dropped), gone, "the columns dropped by the migrations since the previous release");
        return kept;
    }

    private Map<String, List<Map<String, Object>>> contents() throws SQLException {
        Map<String, List<Map<String, Object>>> contents = new LinkedHashMap<>();
        for (String table : List.of("collectivite", "utilisateur", "habilitation", "module_actif", "delegation",
                "journal_audit", "budget_budget", "paie_agent", "urba_dossier", "schema_version")) {
            String now = tableExists(table) ? table : RENAMED.get(table);
            contents.put(table, namedRows("SELECT * FROM " + now + " ORDER BY 1, 2"));
        }
        return contents;
    }

    private List<Map<String, Object>> namedRows(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                            value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : value);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : value);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = database.connect()) {
            return tableExists(c, table);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            if (rs.next()) {
                return true;
            }
        }
        try (ResultSet rs = c.getMetaData().getTables(null, null, table.toUpperCase(), null)) {
            return rs.next();
        }
    }

    /**
     * A database component on another database than the test runtime's: the configuration's db.* keys are the
     * system properties mutualis.db.* (they override mutualis.properties), set only while the component reads them.
     */
    private static synchronized DatabaseComponent withConfiguration(Map<String, String> db,
            Function<ServerConfig, DatabaseComponent> create) {
        Map<String, String> saved = new HashMap<>();
        db.forEach((key, value) -> {
            saved.put(key, System.getProperty("mutualis." + key));
            System.setProperty("mutualis." + key, value);
        });
        try {
            return create.apply(new ServerConfig());
        } finally {
            saved.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty("mutualis." + key);
                } else {
                    System.setProperty("mutualis." + key, value);
                }
            });
        }
    }
}
