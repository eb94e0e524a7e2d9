package fr.mutualis.testing;

import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Puts the test JVM, which plays the client, under the deserialization allow-list the client product starts with
 * ({@code configuration/serialization.filter}, read as {@code bin/mutualis-client} reads it: comment lines dropped,
 * spaces and line breaks removed), so that a type the server sends and the list forgets fails the tests, not the
 * users. The file comes from the system property {@value #FILE_PROPERTY}.
 */
public final class ClientSerialFilter {

    public static final String FILE_PROPERTY = "mutualis.client.serialFilter";

    private static boolean installed;

    private ClientSerialFilter() {
    }

    /** Installs the filter for the whole JVM, once (a JVM-wide filter cannot be replaced). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        String location = System.getProperty(FILE_PROPERTY);
        if (location == null || !Files.isRegularFile(Path.of(location))) {
            throw new IllegalStateException("Client deserialization filter not found at " + location
                    + " (system property " + FILE_PROPERTY + ")");
        }
        String spec = spec(Path.of(location));
        ObjectInputFilter current = ObjectInputFilter.Config.getSerialFilter();
        if (current != null) {
            throw new IllegalStateException("Another deserialization filter is already installed: " + current);
        }
        ObjectInputFilter.Config.setSerialFilter(ObjectInputFilter.Config.createFilter(spec));
        installed = true;
    }

    static String spec(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.startsWith("#"))
                    .collect(Collectors.joining()).replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
