package fr.mutualis.budget.ui.tiers;

import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * "Nouveau tiers…" from a form: the tiers fields; "Enregistrer" adds the tiers to the répertoire and closes the dialog
 * only once the server accepted it (its refusal shows in the dialog, nothing typed is lost). Widget ids
 * {@code budget.nouveautiers.*}.
 */
public final class NouveauTiersDialog extends TitleAreaDialog {

    private final Function<Tiers, FicheTiers> enregistrement;
    private FormulaireTiers formulaire;
    private FicheTiers cree;

    /** @param enregistrement the remote call adding the tiers (run in a background job) */
    public NouveauTiersDialog(Shell parent, Function<Tiers, FicheTiers> enregistrement) {
        super(parent);
        this.enregistrement = enregistrement;
    }

    /** Opens the dialog; the tiers created, or null when cancelled. */
    public FicheTiers creer() {
        return open() == OK ? cree : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Nouveau tiers");
        Widgets.id(shell, "budget.nouveautiers");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Nouveau tiers du répertoire");
        setMessage("Les champs marqués * sont obligatoires ; le SIRET/SIREN et l'IBAN sont contrôlés.");
        formulaire = new FormulaireTiers(area, "budget.nouveautiers", () -> setErrorMessage(null));
        formulaire.zone().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, "Enregistrer", true), "budget.nouveautiers.ok");
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, "Annuler", false), "budget.nouveautiers.annuler");
    }

    @Override
    protected void okPressed() {
        Tiers tiers;
        try {
            tiers = formulaire.lire();
        } catch (DonneeInvalideException e) {
            setErrorMessage(e.getMessage().replace('\n', ' '));
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setMessage("Enregistrement…");
        RemoteCall.run("Nouveau tiers " + tiers.nomComplet(), () -> enregistrement.apply(tiers), fiche -> {
            if (getShell() != null && !getShell().isDisposed()) {
                cree = fiche;
                super.okPressed();
            }
        }, erreur -> {
            if (getShell() != null && !getShell().isDisposed()) {
                getButton(IDialogConstants.OK_ID).setEnabled(true);
                setErrorMessage(erreur.replace('\n', ' '));
            }
        });
    }
}
