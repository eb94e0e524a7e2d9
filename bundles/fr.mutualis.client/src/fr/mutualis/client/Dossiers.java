package fr.mutualis.client;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Where exports go: a folder chosen in the system's folder chooser (starting from the last one used), and "Ouvrir"
 * on what was produced, with the desktop's own application.
 */
public final class Dossiers {

    private static final String PREF_DERNIER = "export.dossier";

    private Dossiers() {
    }

    /** Asks for a folder; null when the user cancels. */
    public static Path choisir(Shell shell, String message) {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("fr.mutualis.client");
        DirectoryDialog dialog = new DirectoryDialog(shell, org.eclipse.swt.SWT.SAVE);
        dialog.setText("Choisir le dossier d'export");
        dialog.setMessage(message);
        String dernier = prefs.get(PREF_DERNIER, System.getProperty("user.home"));
        if (Files.isDirectory(Path.of(dernier))) {
            dialog.setFilterPath(dernier);
        }
        String choisi = dialog.open();
        if (choisi == null) {
            return null;
        }
        prefs.put(PREF_DERNIER, choisi);
        try {
            prefs.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // only a convenience: the next export starts from the home folder
        }
        return Path.of(choisi);
    }

    /**
     * Asks for a file to read (an import), starting from the last export or import folder; null when the user cancels.
     *
     * @param filtre e.g. {@code "*.csv"}
     */
    public static Path fichierALire(Shell shell, String titre, String filtre, String nomFiltre) {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("fr.mutualis.client");
        FileDialog dialog = new FileDialog(shell, org.eclipse.swt.SWT.OPEN);
        dialog.setText(titre);
        dialog.setFilterExtensions(new String[] { filtre, "*" });
        dialog.setFilterNames(new String[] { nomFiltre, "Tous les fichiers" });
        String dernier = prefs.get(PREF_DERNIER, System.getProperty("user.home"));
        if (Files.isDirectory(Path.of(dernier))) {
            dialog.setFilterPath(dernier);
        }
        String choisi = dialog.open();
        return choisi == null ? null : Path.of(choisi);
    }

    /**
     * Asks for a file to write (an export), proposing a name in the last export folder; the dialog asks before
     * replacing a file. Null when the user cancels.
     */
    public static Path fichierAEcrire(Shell shell, String titre, String nomPropose, String filtre, String nomFiltre) {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("fr.mutualis.client");
        FileDialog dialog = new FileDialog(shell, org.eclipse.swt.SWT.SAVE);
        dialog.setText(titre);
        dialog.setFilterExtensions(new String[] { filtre, "*" });
        dialog.setFilterNames(new String[] { nomFiltre, "Tous les fichiers" });
        dialog.setFileName(nomPropose);
        dialog.setOverwrite(true);
        String dernier = prefs.get(PREF_DERNIER, System.getProperty("user.home"));
        if (Files.isDirectory(Path.of(dernier))) {
            dialog.setFilterPath(dernier);
        }
        String choisi = dialog.open();
        if (choisi == null) {
            return null;
        }
        Path fichier = Path.of(choisi);
        if (fichier.getParent() != null) {
            prefs.put(PREF_DERNIER, fichier.getParent().toString());
            try {
                prefs.flush();
            } catch (org.osgi.service.prefs.BackingStoreException e) {
                // only a convenience: the next export starts from the home folder
            }
        }
        return fichier;
    }

    /**
     * Opens a file or folder with the desktop's application for it; returns a French message when none could, or
     * null.
     */
    public static String ouvrir(Path chemin) {
        if (!Files.exists(chemin)) {
            return "« " + chemin + " » n'existe plus.";
        }
        return Program.launch(chemin.toString()) ? null
                : "Aucune application de ce poste n'a pu ouvrir « " + chemin + " » : ouvrez-le depuis l'explorateur "
                        + "de fichiers.";
    }
}
