package fr.mutualis.client.internal;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

/**
 * Aide > Documentation utilisateur (F1): the user guide shipped with the client ({@code aide/guide.html}), opened in
 * the desktop's browser; another guide (the collectivity's own intranet page) is named by the system property
 * {@value #PROPRIETE}.
 */
public final class DocumentationHandler {

    static final String PROPRIETE = "mutualis.documentation";

    @Execute
    void execute(@Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL) Shell shell) {
        String adresse = System.getProperty(PROPRIETE);
        try {
            if (adresse == null) {
                URL guide = FileLocator.toFileURL(FrameworkUtil.getBundle(DocumentationHandler.class)
                        .getEntry("aide/guide.html"));
                adresse = guide.toString();
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Documentation utilisateur", "Le guide n'a pas pu être ouvert : "
                    + e.getMessage());
            return;
        }
        if (!Program.launch(adresse)) {
            MessageDialog.openInformation(shell, "Documentation utilisateur", "Aucun navigateur n'a pu ouvrir le guide. "
                    + "Ouvrez cette adresse dans votre navigateur :\n" + adresse);
        }
    }
}
