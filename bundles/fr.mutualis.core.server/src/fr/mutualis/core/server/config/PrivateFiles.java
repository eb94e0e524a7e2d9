package fr.mutualis.core.server.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files of the data folder that only the server's OS account may read: folders 0700, files 0600, set
 * at creation (never a moment world-readable, whatever the umask) and tightened when found wider. On a file system
 * without POSIX permissions the folder's own protection applies.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final System.Logger LOG = System.getLogger(PrivateFiles.class.getName());

    private PrivateFiles() {
    }

    /** Creates the folder (and missing parents) as 0700, or makes an existing one 0700. */
    public static Path folder(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(folder);
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, attribute(FOLDER));
        }
        restrict(folder, FOLDER);
        return folder;
    }

    /** Opens a new file created 0600 (it must not exist). */
    public static OutputStream create(Path file) throws IOException {
        if (!POSIX) {
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
        }
        Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attribute(FILE))
                .close();
        return Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Makes an existing file 0600. */
    public static void file(Path file) throws IOException {
        if (POSIX) {
            restrict(file, FILE);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            try {
                Files.setPosixFilePermissions(path, wanted);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot restrict {0} to the server account: {1}", path,
                        e.getMessage());
            }
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
