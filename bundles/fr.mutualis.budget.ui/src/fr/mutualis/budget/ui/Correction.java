package fr.mutualis.budget.ui;

import java.math.BigDecimal;
import java.util.Optional;

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

/**
 * Asks for a réduction (a new amount, or the amount reduced, and its motive) or an annulation (its motive only) of a
 * pièce or an engagement, saying what cannot be undone. Widget ids {@code budget.correction.*}.
 */
public final class Correction extends TitleAreaDialog {

    /** What the user typed: the amount (null for an annulation) and the motive. */
    public record Saisie(BigDecimal montant, String motif) {
    }

    private final String titre;
    private final String consigne;
    private final String libelleMontant;
    private final String irreversible;
    private Text montant;
    private Text motif;
    private Saisie saisie;

    /** @param libelleMontant the caption of the amount field, or null for an annulation (no amount) */
    public Correction(Shell parent, String titre, String consigne, String libelleMontant, String irreversible) {
        super(parent);
        this.titre = titre;
        this.consigne = consigne;
        this.libelleMontant = libelleMontant;
        this.irreversible = irreversible;
    }

    /** Opens the dialog; empty when cancelled. */
    public Optional<Saisie> demander() {
        return open() == OK ? Optional.of(saisie) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(titre);
        Widgets.id(shell, "budget.correction");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(titre);
        setMessage(consigne);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (libelleMontant != null) {
            new Label(form, SWT.NONE).setText(libelleMontant + " :");
            montant = Widgets.id(new Text(form, SWT.BORDER), "budget.correction.montant");
            montant.setLayoutData(new GridData(160, SWT.DEFAULT));
            montant.addListener(SWT.Modify, e -> valider());
        }
        new Label(form, SWT.NONE).setText("Motif :");
        motif = Widgets.id(new Text(form, SWT.BORDER), "budget.correction.motif");
        GridData large = new GridData(SWT.FILL, SWT.CENTER, true, false);
        large.widthHint = 420;
        motif.setLayoutData(large);
        motif.addListener(SWT.Modify, e -> valider());
        Label attention = new Label(form, SWT.WRAP);
        attention.setText("Ne pourra pas être défait : " + irreversible);
        attention.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData note = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        note.widthHint = 520;
        attention.setLayoutData(note);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, "Valider", false), "budget.correction.ok");
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, "Fermer sans rien faire", true),
                "budget.correction.annuler");
        valider();
    }

    private String probleme() {
        if (montant != null && Montants.lire(montant.getText()).filter(m -> m.signum() > 0).isEmpty()) {
            return "Saisissez un montant positif, par exemple 1 234,56.";
        }
        return motif.getText().isBlank() ? "Saisissez le motif." : null;
    }

    private void valider() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String probleme = probleme();
        setErrorMessage(probleme);
        ok.setEnabled(probleme == null);
    }

    @Override
    protected void okPressed() {
        if (probleme() != null) {
            return;
        }
        saisie = new Saisie(montant == null ? null : Montants.lire(montant.getText()).orElseThrow(),
                motif.getText().strip());
        super.okPressed();
    }
}
