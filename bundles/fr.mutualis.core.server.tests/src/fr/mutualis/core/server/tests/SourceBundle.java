package fr.mutualis.core.server.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;

/**
 * A module server bundle as its migrations stand in the source tree beside this test bundle ({@code bundles/<name>/
 * db/...}): the core's test runtime has no module server bundle, and the upgrade test must run the scripts the modules
 * ship, not copies of them.
 */
final class SourceBundle {

    private SourceBundle() {
    }

    static Bundle of(String symbolicName) {
        Path root = folder(symbolicName);
        return (Bundle) Proxy.newProxyInstance(SourceBundle.class.getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, method, args) -> switch (method.getName()) {
                case "findEntries" -> "V*__*.sql".equals(args[1]) && !(Boolean) args[2]
                        ? Collections.enumeration(scripts(root.resolve((String) args[0]))) : null;
                case "getSymbolicName" -> symbolicName;
                case "toString" -> "source of " + symbolicName;
                default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** {@code bundles/<symbolicName>}, found upwards from the test's working folder (inside target/ of this bundle). */
    private static Path folder(String symbolicName) {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            Path bundle = p.resolve(symbolicName);
            if (Files.isDirectory(bundle.resolve("db"))) {
                return bundle;
            }
        }
        throw new IllegalStateException("No source folder of " + symbolicName + " above " + System.getProperty("user.dir"));
    }

    private static List<URL> scripts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).map(SourceBundle::url)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
