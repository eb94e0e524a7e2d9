package fr.mutualis.core.server.internal;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migration scripts of one module, read from its bundle, handed to Flyway as its resources: Flyway's own
 * class-path scanning does not see inside OSGi bundles, so it is told exactly which scripts there are.
 */
final class BundleScripts implements ResourceProvider {

    /** One script: its path in the bundle ({@code db/<module>/V<n>__<description>.sql}), version and content. */
    record Script(String path, int version, byte[] content) {
        String filename() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private final List<Script> scripts;

    BundleScripts(List<Script> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.path().equals(name) || s.filename().equals(name)).findFirst()
                .map(Resource::new).orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream()
                .filter(s -> s.filename().startsWith(prefix)
                        && Arrays.stream(suffixes).anyMatch(suffix -> s.filename().endsWith(suffix)))
                .<LoadableResource>map(Resource::new).toList();
    }

    private static final class Resource extends LoadableResource {
        private final Script script;

        Resource(Script script) {
            this.script = script;
        }

        @Override
        public Reader read() {
            return new StringReader(new String(script.content(), StandardCharsets.UTF_8));
        }

        @Override
        public String getAbsolutePath() {
            return script.path();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return script.path();
        }

        @Override
        public String getFilename() {
            return script.filename();
        }

        @Override
        public String getRelativePath() {
            return script.path();
        }
    }
}
