package fr.mutualis.client.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;

import fr.mutualis.remote.client.ServerConnection;
import jakarta.inject.Named;

/** Aide > À propos de Mutualis: version, server, licences. */
public final class AProposHandler {

    @Execute
    void execute(@Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL) Shell shell,
            MApplication application) {
        ServerConnection connection = application.getContext().get(ServerConnection.class);
        new AProposDialog(shell, connection == null ? null : connection.address()).open();
    }
}
