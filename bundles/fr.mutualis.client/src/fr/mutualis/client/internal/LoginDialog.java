package fr.mutualis.client.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.remote.client.ServerConnection;

/**
 * Asks for the server address (or the comma-separated addresses of the nodes of one installation), login and
 * password, and connects in the background: the window stays responsive and
 * a refusal (wrong password, unreachable server, malformed address) is shown in French in the dialog itself.
 */
final class LoginDialog extends TitleAreaDialog {

    private final String initialAddress;
    private final String initialLogin;
    private Text address;
    private Text login;
    private Text password;
    private ServerConnection connection;
    private volatile boolean connecting;
    private String user = "";
    private String secret = "";

    LoginDialog(Shell parent, String initialAddress, String initialLogin) {
        super(parent);
        this.initialAddress = initialAddress;
        this.initialLogin = initialLogin;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Connexion à Mutualis");
        Widgets.id(shell, "login.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Connexion à Mutualis");
        setMessage("Saisissez l'adresse du serveur de votre collectivité (plusieurs adresses séparées par des virgules "
                + "si votre hébergeur en donne plusieurs), votre identifiant et votre mot de passe.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        address = field(form, "Serveur(s) :", SWT.BORDER, "login.address", initialAddress);
        login = field(form, "Identifiant :", SWT.BORDER, "login.user", initialLogin);
        password = field(form, "Mot de passe :", SWT.BORDER | SWT.PASSWORD, "login.password", "");
        (initialLogin.isEmpty() ? login : password).setFocus();
        return area;
    }

    private static Text field(Composite form, String label, int style, String id, String value) {
        new Label(form, SWT.NONE).setText(label);
        Text text = Widgets.id(new Text(form, style), id);
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 360;
        text.setLayoutData(data);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, "Se connecter", true), "login.ok");
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, "Quitter", false), "login.cancel");
    }

    @Override
    protected void okPressed() {
        if (connecting) {
            return;
        }
        String a = address.getText();
        String l = login.getText();
        String p = password.getText();
        user = l.strip();
        secret = p;
        setBusy(true);
        Thread worker = new Thread(() -> {
            ServerConnection opened = null;
            String error = null;
            try {
                opened = ServerConnection.open(a, l, p);
            } catch (MutualisException e) {
                error = e.getMessage();
            } catch (RuntimeException e) {
                error = "Connexion impossible : " + e.getMessage();
            }
            ServerConnection result = opened;
            String message = error;
            if (getShell() == null || getShell().isDisposed()) {
                if (result != null) {
                    result.close();
                }
                return;
            }
            getShell().getDisplay().asyncExec(() -> finished(result, message));
        }, "mutualis-login");
        worker.setDaemon(true);
        worker.start();
    }

    private void finished(ServerConnection result, String error) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        setBusy(false);
        if (result == null) {
            setErrorMessage(error);
            password.setText("");
            password.setFocus();
        } else {
            connection = result;
            super.okPressed();
        }
    }

    private void setBusy(boolean busy) {
        connecting = busy;
        address.setEnabled(!busy);
        login.setEnabled(!busy);
        password.setEnabled(!busy);
        Button ok = getButton(IDialogConstants.OK_ID);
        ok.setEnabled(!busy);
        if (busy) {
            setErrorMessage(null);
            setMessage("Connexion en cours…");
        }
    }

    ServerConnection connection() {
        return connection;
    }

    String address() {
        return connection == null ? null : connection.address();
    }

    String user() {
        return user;
    }

    /** The password that opened the connection: kept in memory by the session to reconnect, never written. */
    String password() {
        return secret;
    }
}
