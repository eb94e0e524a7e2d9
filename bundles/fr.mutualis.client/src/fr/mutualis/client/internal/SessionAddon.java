package fr.mutualis.client.internal;

import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import fr.mutualis.client.ClientIds;
import fr.mutualis.client.RemoteCall;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.remote.client.ServerConnection;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Opens the login dialog once the window is up, then publishes the connection and the user's collectivities in the
 * application context, where the switcher, the parts and the module UIs find them. On "change user" (event
 * {@link #CHANGE_USER_TOPIC}) it closes the connection, clears what it published and opens the login dialog again.
 * Closes the connection on exit.
 */
public final class SessionAddon {

    static final String SERVER_PROPERTY = "mutualis.server";
    static final String CHANGE_USER_TOPIC = "fr/mutualis/client/session/changeUser";
    private static final String PREF_ADDRESS = "server.address";
    private static final String PREF_LOGIN = "server.login";

    @Inject
    private MApplication application;

    @Inject
    private UISynchronize ui;

    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        ui.asyncExec(this::login);
    }

    @Inject
    @Optional
    void changeUser(@UIEventTopic(CHANGE_USER_TOPIC) Event event) {
        disconnect();
        ui.asyncExec(this::login);
    }

    /** Clears the selected collectivity first, so every part empties what it shows before the connection goes. */
    private void disconnect() {
        IEclipseContext context = application.getContext();
        ServerConnection connection = context.get(ServerConnection.class);
        context.remove(CollectiviteDetail.class);
        context.remove(ClientIds.MY_COLLECTIVITIES);
        context.remove(ServerConnection.class);
        if (connection != null) {
            connection.close();
        }
    }

    private void login() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("fr.mutualis.client");
        String address = System.getProperty(SERVER_PROPERTY, prefs.get(PREF_ADDRESS, ServerConnection.DEFAULT_ADDRESS));
        Shell shell = Display.getDefault().getActiveShell();
        LoginDialog dialog = new LoginDialog(shell, address, prefs.get(PREF_LOGIN, ""));
        if (dialog.open() != Window.OK) {
            application.getContext().get(IWorkbench.class).close();
            return;
        }
        ServerConnection connection = dialog.connection();
        prefs.put(PREF_ADDRESS, connection.address());
        prefs.put(PREF_LOGIN, dialog.user());
        try {
            prefs.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // only convenience values: the next login just starts from the defaults
        }
        IEclipseContext context = application.getContext();
        context.set(ServerConnection.class, connection);
        RemoteCall.run("Chargement de vos collectivités",
                () -> connection.service(CollectiviteService.class).mesCollectivites(),
                (List<Collectivite> mine) -> context.set(ClientIds.MY_COLLECTIVITIES, mine),
                error -> org.eclipse.jface.dialogs.MessageDialog.openError(Display.getDefault().getActiveShell(),
                        "Mutualis", error));
    }

    @PreDestroy
    void close() {
        ServerConnection connection = application.getContext().get(ServerConnection.class);
        if (connection != null) {
            connection.close();
        }
    }
}
