package fr.mutualis.client;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks before an act that cannot be undone (sending a bordereau, validating a payroll month, recording an urbanism
 * decision): says what will happen and, apart, what cannot be undone afterwards. The act runs only on the button
 * that names it; Esc, the close box and "Annuler" leave everything as it was. Enter confirms only when the
 * confirmation button has the focus: the dialog opens with the focus on "Annuler".
 */
public final class Confirmation extends MessageDialog {

    /** Widget ids, for UI tests. */
    public static final String DIALOG_ID = "confirmation.dialog";
    public static final String OK_ID = "confirmation.ok";
    public static final String CANCEL_ID = "confirmation.cancel";
    public static final String IRREVERSIBLE_ID = "confirmation.irreversible";

    private final String irreversible;

    private Confirmation(Shell parent, String titre, String ceQuiVaSePasser, String irreversible, String action) {
        super(parent, titre, null, ceQuiVaSePasser, MessageDialog.WARNING, 1, action, "Annuler");
        this.irreversible = irreversible;
    }

    /**
     * Shows the confirmation and returns true only if the user chose {@code action}.
     *
     * @param titre           window title, e.g. "Valider la paie de décembre 2026"
     * @param ceQuiVaSePasser what the act does, in full sentences
     * @param irreversible    what cannot be undone afterwards (and how it is corrected, if at all)
     * @param action          the label of the confirming button, a verb naming the act ("Valider la paie")
     */
    public static boolean demander(Shell parent, String titre, String ceQuiVaSePasser, String irreversible,
            String action) {
        return new Confirmation(parent, titre, ceQuiVaSePasser, irreversible, action).open() == 0;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        Widgets.id(shell, DIALOG_ID);
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        Label texte = Widgets.id(new Label(parent, SWT.WRAP), IRREVERSIBLE_ID);
        texte.setText("Irréversible : " + irreversible);
        texte.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 480;
        texte.setLayoutData(data);
        return texte;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Widgets.id(getButton(0), OK_ID);
        Widgets.id(getButton(1), CANCEL_ID);
    }

    /** Esc and the close box answer "Annuler". */
    @Override
    protected void handleShellCloseEvent() {
        setReturnCode(IDialogConstants.CANCEL_ID);
        close();
    }
}
