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
 * <p>
 * When a call fails because the connection is gone (server restarted, network cut), it offers "Se reconnecter":
 * the same address, login and password, kept in memory only for this session, open a new connection that replaces
 * the old one; the selected collectivity is published again so every part reads its data anew, without a new login.
 * The server may refuse (password changed, account disabled): the login dialog then opens.
 * <p>
 * With several server addresses (comma-separated, docs/hosting.md) the connection itself moves to another node when
 * its node dies, with the session's token: the main window's title then says so for a few seconds, nothing else.
 */
public final class SessionAddon {

    static final String SERVER_PROPERTY = "mutualis.server";
    static final String CHANGE_USER_TOPIC = "fr/mutualis/client/session/changeUser";
    static final String RECONNECT_TOPIC = "fr/mutualis/client/session/reconnect";
    private static final String PREF_ADDRESS = "server.address";
    private static final String PREF_LOGIN = "server.login";

    @Inject
    private MApplication application;

    @Inject
    private UISynchronize ui;

    /** What opened the current connection, in memory only, to reconnect without asking again. */
    private record Identifiants(String address, String login, String password) {
    }

    private Identifiants identifiants;
    private boolean proposee;

    @jakarta.annotation.PostConstruct
    void ecouterEchecs() {
        RemoteCall.surEchec(e -> {
            ServerConnection connection = application.getContext().get(ServerConnection.class);
            if (connection != null && !connection.isConnected() && !proposee) {
                proposerReconnexion(e.getMessage());
            }
        });
    }

    @Inject
    @Optional
    void reconnect(@UIEventTopic(RECONNECT_TOPIC) Event event) {
        ui.asyncExec(this::reconnecter);
    }

    /**
     * Says the connection was lost and offers to reconnect (once at a time, whatever the number of failed calls). The
     * dialog does not block: the event loop goes on (a closing workbench closes it, as it closes any window).
     */
    private void proposerReconnexion(String raison) {
        proposee = true;
        boolean[] reconnecter = { false };
        org.eclipse.jface.dialogs.MessageDialog dialog = new org.eclipse.jface.dialogs.MessageDialog(
                Display.getDefault().getActiveShell(), "Connexion perdue", null, raison
                        + "\n\nSe reconnecter rouvre la session au même serveur sans ressaisir le mot de passe ; "
                        + "ce qui était affiché est relu.",
                org.eclipse.jface.dialogs.MessageDialog.WARNING, 0, "Se reconnecter", "Plus tard") {
            @Override
            protected void configureShell(Shell shell) {
                super.configureShell(shell);
                fr.mutualis.client.Widgets.id(shell, "reconnexion.dialog");
                shell.addDisposeListener(e -> {
                    proposee = false;
                    if (reconnecter[0]) {
                        ui.asyncExec(SessionAddon.this::reconnecter);
                    }
                });
            }

            @Override
            protected void createButtonsForButtonBar(org.eclipse.swt.widgets.Composite parent) {
                super.createButtonsForButtonBar(parent);
                fr.mutualis.client.Widgets.id(getButton(0), "reconnexion.ok");
                fr.mutualis.client.Widgets.id(getButton(1), "reconnexion.plusTard");
            }

            @Override
            protected void buttonPressed(int buttonId) {
                reconnecter[0] = buttonId == 0;
                super.buttonPressed(buttonId);
            }
        };
        dialog.setBlockOnOpen(false);
        dialog.open();
    }

    /** Opens a new connection with the credentials of this session and puts it in place of the lost one. */
    private void reconnecter() {
        Identifiants id = identifiants;
        if (id == null) {
            disconnect();
            login();
            return;
        }
        Display display = Display.getDefault();
        Thread worker = new Thread(() -> {
            try {
                ServerConnection nouvelle = ServerConnection.open(id.address(), id.login(), id.password());
                display.asyncExec(() -> reprendre(nouvelle));
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    if (e instanceof fr.mutualis.remote.client.ConnexionImpossibleException
                            && message.startsWith("Serveur injoignable")) {
                        proposerReconnexion(message);
                    } else {
                        org.eclipse.jface.dialogs.MessageDialog.openError(display.getActiveShell(), "Mutualis",
                                message + "\nIdentifiez-vous à nouveau.");
                        disconnect();
                        login();
                    }
                });
            }
        }, "mutualis-reconnexion");
        worker.setDaemon(true);
        worker.start();
    }

    private void reprendre(ServerConnection nouvelle) {
        IEclipseContext context = application.getContext();
        ServerConnection ancienne = context.get(ServerConnection.class);
        suivre(nouvelle);
        context.set(ServerConnection.class, nouvelle);
        if (ancienne != null && ancienne != nouvelle) {
            ancienne.close();
        }
        // published again (same value, new read): every part reloads with the new connection
        CollectiviteDetail detail = context.get(CollectiviteDetail.class);
        @SuppressWarnings("unchecked")
        List<Collectivite> mine = (List<Collectivite>) context.get(ClientIds.MY_COLLECTIVITIES);
        if (mine != null) {
            context.set(ClientIds.MY_COLLECTIVITIES, null);
            context.set(ClientIds.MY_COLLECTIVITIES, List.copyOf(mine));
        }
        if (detail != null) {
            context.set(ClientIds.COLLECTIVITE_DEMANDEE, null);
            context.set(ClientIds.COLLECTIVITE_DEMANDEE, detail.collectivite().id());
        }
    }

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
        identifiants = null;
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
        identifiants = new Identifiants(connection.address(), dialog.user(), dialog.password());
        prefs.put(PREF_ADDRESS, connection.address());
        prefs.put(PREF_LOGIN, dialog.user());
        try {
            prefs.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // only convenience values: the next login just starts from the defaults
        }
        IEclipseContext context = application.getContext();
        suivre(connection);
        context.set(ServerConnection.class, connection);
        RemoteCall.run("Chargement de vos collectivités",
                () -> connection.service(CollectiviteService.class).mesCollectivites(),
                (List<Collectivite> mine) -> context.set(ClientIds.MY_COLLECTIVITIES, mine),
                error -> org.eclipse.jface.dialogs.MessageDialog.openError(Display.getDefault().getActiveShell(),
                        "Mutualis", error));
    }

    /** Shows a failover in the main window's title for a few seconds: a status message, no dialog. */
    private void suivre(ServerConnection connection) {
        connection.onFailover(message -> ui.asyncExec(() -> {
            Shell shell = Display.getDefault().getActiveShell();
            if (shell == null || shell.isDisposed()) {
                return;
            }
            String titre = shell.getText();
            shell.setText(titre + " — " + message);
            Display.getDefault().timerExec(10_000, () -> {
                if (!shell.isDisposed()) {
                    shell.setText(titre);
                }
            });
        }));
    }

    @PreDestroy
    void close() {
        ServerConnection connection = application.getContext().get(ServerConnection.class);
        if (connection != null) {
            connection.close();
        }
    }
}
