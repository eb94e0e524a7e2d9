package fr.mutualis.core.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.core.server.config.PrivateFiles;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.testing.OsgiServices;
import fr.mutualis.testing.TestDatabases;

/** What the server writes in its data folder is readable by its OS account only, whatever the umask. */
class PrivateFilesTest {

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDataFolderConfigurationKeyAndDatabaseFolderAreTheServerAccountsOnly() throws IOException {
        OsgiServices.service(PersonalDataCipher.class);
        Path data = OsgiServices.service(ServerConfig.class).dataDirectory();

        assertEquals("rwx------", mode(data));
        assertEquals("rw-------", mode(data.resolve("mutualis.properties")));
        if (!TestDatabases.postgresql()) { // the embedded H2 database lives in the data folder
            assertEquals("rwx------", mode(data.resolve("db")));
        }
        if (Files.exists(data.resolve("secrets/personal-data.key"))) {
            assertEquals("rwx------", mode(data.resolve("secrets")));
            assertEquals("rw-------", mode(data.resolve("secrets/personal-data.key")));
        }
    }

    @Test
    void foldersAndFilesAreCreatedPrivateAndWideOnesAreTightened(@TempDir Path tmp) throws IOException {
        Path wide = Files.createDirectories(tmp.resolve("large"));
        Files.setPosixFilePermissions(wide, PosixFilePermissions.fromString("rwxr-xr-x"));

        PrivateFiles.folder(tmp.resolve("a/b"));
        PrivateFiles.folder(wide);
        try (var out = PrivateFiles.create(tmp.resolve("a/b/secret"))) {
            out.write(42);
        }

        assertEquals("rwx------", mode(tmp.resolve("a/b")));
        assertEquals("rwx------", mode(wide));
        assertEquals("rw-------", mode(tmp.resolve("a/b/secret")));
        assertEquals(1, Files.size(tmp.resolve("a/b/secret")));
    }
}
