package fr.mutualis.budget.ui;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import fr.mutualis.client.Widgets;

/**
 * Asks before an act that cannot be undone: what will happen, line by line, and what cannot be undone afterwards.
 * Nothing is sent unless the user confirms; "Annuler" is the default button. Widget ids {@code budget.confirmation.*}.
 */
public final class Confirmation extends TitleAreaDialog {

    private final String titre;
    private final String question;
    private final List<String> effets;
    private final String irreversible;
    private final String action;

    /**
     * @param effets       what will happen, one line each
     * @param irreversible what cannot be undone afterwards
     * @param action       the label of the confirming button, e.g. "Envoyer"
     */
    private Confirmation(Shell parent, String titre, String question, List<String> effets, String irreversible,
            String action) {
        super(parent);
        this.titre = titre;
        this.question = question;
        this.effets = effets;
        this.irreversible = irreversible;
        this.action = action;
    }

    /** Opens the dialog and tells whether the user confirmed. */
    public static boolean demander(Shell parent, String titre, String question, List<String> effets,
            String irreversible, String action) {
        return new Confirmation(parent, titre, question, effets, irreversible, action).open() == OK;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(titre);
        Widgets.id(shell, "budget.confirmation");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(titre);
        setMessage(question);
        Composite zone = new Composite(area, SWT.NONE);
        zone.setLayout(new GridLayout(1, false));
        zone.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(zone, SWT.NONE).setText("Ce qui va se passer :");
        Label liste = Widgets.id(new Label(zone, SWT.WRAP), "budget.confirmation.effets");
        liste.setText(String.join("\n", effets.stream().map(e -> "• " + e).toList()));
        GridData largeur = new GridData(SWT.FILL, SWT.CENTER, true, false);
        largeur.widthHint = 560;
        liste.setLayoutData(largeur);
        Label attention = Widgets.id(new Label(zone, SWT.WRAP), "budget.confirmation.irreversible");
        attention.setText("Ne pourra pas être défait : " + irreversible);
        attention.setForeground(zone.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData largeur2 = new GridData(SWT.FILL, SWT.CENTER, true, false);
        largeur2.widthHint = 560;
        largeur2.verticalIndent = 10;
        attention.setLayoutData(largeur2);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, action, false), "budget.confirmation.ok");
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, "Annuler", true), "budget.confirmation.annuler");
    }
}
