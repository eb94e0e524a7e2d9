package fr.mutualis.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Fresh PostgreSQL databases for tests, on the server that {@code releng/scripts/postgres.sh} started (its URL is the
 * system property {@value #SERVER_PROPERTY}, which {@code releng/scripts/test.sh} passes to every test run). The test
 * runs that play PostgreSQL have the system property {@value #DATABASE_PROPERTY}{@code =postgresql}.
 */
public final class TestDatabases {

    /** {@code jdbc:postgresql://127.0.0.1:<port>/postgres?user=<u>&password=<p>}: a superuser on the test server. */
    public static final String SERVER_PROPERTY = "mutualis.test.postgres";
    /** {@code postgresql} in the test runs on PostgreSQL, absent (H2) otherwise. */
    public static final String DATABASE_PROPERTY = "mutualis.test.database";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDatabases() {
    }

    /** Whether this test run plays PostgreSQL ({@value #DATABASE_PROPERTY}{@code =postgresql}). */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty(DATABASE_PROPERTY));
    }

    /** Creates a new empty database {@code mutualis_<random>} owned by the test superuser; close it to drop it. */
    public static TestDatabase create() {
        String server = System.getProperty(SERVER_PROPERTY);
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("No PostgreSQL server for the tests: the system property " + SERVER_PROPERTY
                    + " is not set. Run the tests with releng/scripts/test.sh, which starts one with"
                    + " releng/scripts/postgres.sh, or pass -D" + SERVER_PROPERTY + "=jdbc:postgresql://...");
        }
        AdminUrl admin = AdminUrl.parse(server);
        String name = "mutualis_" + HexFormat.of().formatHex(randomBytes());
        admin.execute("CREATE DATABASE " + name);
        return new TestDatabase(admin, name);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** One database of the test server. */
    public static final class TestDatabase implements AutoCloseable {
        private final AdminUrl admin;
        private final String name;
        private boolean dropped;
        private String serverRolePassword;

        private TestDatabase(AdminUrl admin, String name) {
            this.admin = admin;
            this.name = name;
        }

        public String name() {
            return name;
        }

        public String url() {
            return admin.base() + name;
        }

        public String user() {
            return admin.user();
        }

        public String password() {
            return admin.password();
        }

        /** The server configuration keys for this database: {@code db.url}, {@code db.user}, {@code db.password}. */
        public Map<String, String> configuration() {
            Map<String, String> lines = new LinkedHashMap<>();
            lines.put("db.url", url());
            lines.put("db.user", user());
            lines.put("db.password", password());
            return lines;
        }

        /**
         * The configuration of a hosted server on this database: the server works as its own role
         * {@code <name>_serveur} (created here, not the owner of the tables, so row-level security applies to it) and
         * the test superuser, as {@code db.owner.user}, owns the schema and runs the migrations.
         */
        public synchronized Map<String, String> serverConfiguration() {
            if (serverRolePassword == null) {
                serverRolePassword = HexFormat.of().formatHex(randomBytes());
                admin.execute("CREATE ROLE " + name + "_serveur LOGIN PASSWORD '" + serverRolePassword + "'");
            }
            Map<String, String> lines = new LinkedHashMap<>();
            lines.put("db.url", url());
            lines.put("db.user", name + "_serveur");
            lines.put("db.password", serverRolePassword);
            lines.put("db.owner.user", user());
            lines.put("db.owner.password", password());
            return lines;
        }

        /** {@link #configuration()} as lines of {@code mutualis.properties}. */
        public List<String> lines() {
            return configuration().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        }

        /** A new connection to this database as the test superuser. */
        public Connection connect() throws SQLException {
            return admin.connect(url());
        }

        /** Drops the database, closing the connections still open on it. */
        @Override
        public synchronized void close() {
            if (!dropped) {
                dropped = true;
                admin.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                if (serverRolePassword != null) {
                    admin.execute("DROP ROLE IF EXISTS " + name + "_serveur");
                }
            }
        }
    }

    private record AdminUrl(String base, String adminUrl, String user, String password) {

        static AdminUrl parse(String url) {
            int query = url.indexOf('?');
            int slash = url.lastIndexOf('/', query < 0 ? url.length() : query);
            if (!url.startsWith("jdbc:postgresql://") || query < 0 || slash < 0) {
                throw new IllegalStateException(SERVER_PROPERTY + " must look like jdbc:postgresql://host:port/postgres"
                        + "?user=u&password=p, found: " + url);
            }
            String user = null;
            String password = null;
            for (String param : url.substring(query + 1).split("&")) {
                int eq = param.indexOf('=');
                if (param.startsWith("user=")) {
                    user = param.substring(eq + 1);
                } else if (param.startsWith("password=")) {
                    password = param.substring(eq + 1);
                }
            }
            if (user == null || password == null) {
                throw new IllegalStateException(SERVER_PROPERTY + " lacks user= or password=: " + url);
            }
            return new AdminUrl(url.substring(0, slash + 1), url.substring(0, query), user, password);
        }

        Connection connect(String url) throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            Connection c = new org.postgresql.Driver().connect(url, props);
            if (c == null) {
                throw new SQLException("The PostgreSQL driver does not accept " + url);
            }
            return c;
        }

        void execute(String sql) {
            try (Connection c = connect(adminUrl); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Test PostgreSQL server " + adminUrl + ": " + sql + " failed: "
                        + e.getMessage(), e);
            }
        }
    }
}
