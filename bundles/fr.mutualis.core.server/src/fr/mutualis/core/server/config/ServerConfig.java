package fr.mutualis.core.server.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The server's configuration: its data folder and the settings of {@code mutualis.properties}.
 * <p>
 * The data folder is the system property {@value #DATA_DIR_PROPERTY} (the start script sets it), by default
 * {@code ./data}. The configuration file is the system property {@value #CONFIG_FILE_PROPERTY}, by default
 * {@code <data>/mutualis.properties}; a commented one is written on first start. The data folder is made readable by
 * the server's OS account only ({@link PrivateFiles}). A value {@code ${env:NAME}} is
 * read from the environment variable NAME, so secrets need not sit in the file.
 */
@Component(service = ServerConfig.class, immediate = true)
public final class ServerConfig {

    public static final String DATA_DIR_PROPERTY = "mutualis.data";
    public static final String CONFIG_FILE_PROPERTY = "mutualis.config";

    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z0-9_]+)\\}");

    private final Path dataDirectory;
    private final Path configFile;
    private final Properties properties;

    @Activate
    public ServerConfig() {
        this(Path.of(System.getProperty(DATA_DIR_PROPERTY, "data")).toAbsolutePath().normalize(),
                System.getProperty(CONFIG_FILE_PROPERTY));
    }

    ServerConfig(Path dataDirectory, String configFileOverride) {
        this.dataDirectory = dataDirectory;
        this.configFile = configFileOverride != null ? Path.of(configFileOverride).toAbsolutePath()
                : dataDirectory.resolve("mutualis.properties");
        this.properties = load(dataDirectory, configFile);
    }

    private static Properties load(Path dataDirectory, Path configFile) {
        try {
            PrivateFiles.folder(dataDirectory);
            if (!Files.exists(configFile)) {
                try (InputStream template = ServerConfig.class.getResourceAsStream("mutualis.properties.template");
                        var out = PrivateFiles.create(configFile)) {
                    template.transferTo(out);
                }
            } else if (configFile.startsWith(dataDirectory)) {
                PrivateFiles.file(configFile);
            }
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Mutualis configuration " + configFile, e);
        }
    }

    /** The configuration of another data folder (its {@code mutualis.properties}), e.g. a test's temporary one. */
    public static ServerConfig of(Path dataDirectory) {
        return new ServerConfig(dataDirectory.toAbsolutePath().normalize(), null);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path configFile() {
        return configFile;
    }

    /**
     * The value of a key, with {@code ${env:NAME}} and {@code ${data}} expanded; the default when absent or blank.
     * A system property {@code mutualis.<key>} overrides the file (used by tests and one-off runs).
     */
    public String get(String key, String defaultValue) {
        String value = System.getProperty("mutualis." + key, properties.getProperty(key));
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        value = value.trim().replace("${data}", dataDirectory.toString());
        Matcher m = ENV.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String env = System.getenv(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(env == null ? "" : env));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public int getInt(String key, int defaultValue) {
        String value = get(key, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Configuration key " + key + " in " + configFile
                    + " must be an integer, found: " + value, e);
        }
    }

    /** JDBC URL of the database; by default an embedded H2 database in the data folder. */
    public String jdbcUrl() {
        return get("db.url", "jdbc:h2:file:" + dataDirectory.resolve("db").resolve("mutualis") + ";MODE=LEGACY");
    }

    public String jdbcUser() {
        return get("db.user", "mutualis");
    }

    public String jdbcPassword() {
        return get("db.password", "");
    }
}
