package fr.mutualis.urbanism.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import fr.mutualis.urbanism.api.Fichier;

/**
 * Saves a document returned by the server (récépissé, arrêté, registre): in the file the user chooses, or without
 * asking in the folder named by the system property {@value UrbanismeUi#EXPORT_FOLDER_PROPERTY} when it is set.
 */
public final class Documents {

    private Documents() {
    }

    /** Saves the document and tells the user where it went, that nothing was saved, or why it failed. */
    public static void enregistrer(Shell shell, Fichier fichier, StatusLine status) {
        Path cible = cible(shell, fichier);
        if (cible == null) {
            status.show("Document " + fichier.nom() + " non enregistré.", false);
            return;
        }
        try {
            if (cible.getParent() != null) {
                Files.createDirectories(cible.getParent());
            }
            Files.write(cible, fichier.contenu());
            status.show("Document enregistré : " + cible, false);
        } catch (IOException e) {
            status.show("Impossible d'enregistrer " + cible + " : " + e.getMessage(), true);
        }
    }

    private static Path cible(Shell shell, Fichier fichier) {
        String dossier = System.getProperty(UrbanismeUi.EXPORT_FOLDER_PROPERTY);
        if (dossier != null && !dossier.isBlank()) {
            return Path.of(dossier, fichier.nom());
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Enregistrer " + fichier.nom());
        dialog.setFileName(fichier.nom());
        dialog.setOverwrite(true);
        String extension = fichier.nom().substring(fichier.nom().lastIndexOf('.') + 1);
        dialog.setFilterExtensions(new String[] { "*." + extension, "*" });
        dialog.setFilterNames(new String[] { extension.toUpperCase() + " (*." + extension + ")", "Tous les fichiers" });
        String choisi = dialog.open();
        return choisi == null ? null : Path.of(choisi);
    }
}
