package fr.mutualis.urbanism.ui.dossier;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.ui.Dates;

/**
 * A small dialog asking what one act of the instruction needs (dates, texts, a choice). What is typed is checked as
 * it is typed; "Valider" stays disabled, with the French reason in the title area, until the act can be sent.
 */
abstract class ActeDialog extends TitleAreaDialog {

    private final String titre;
    private final String consigne;
    protected final DossierDetail dossier;
    private Acte acte;

    ActeDialog(Shell parent, String titre, String consigne, DossierDetail dossier) {
        super(parent);
        this.titre = titre;
        this.consigne = consigne;
        this.dossier = dossier;
    }

    /** Creates the fields in a two-column form (caption, field). */
    protected abstract void creerChamps(Composite form);

    /** The act the fields describe; a {@link DonneeInvalideException} says in French what is missing or wrong. */
    protected abstract Acte lire();

    /**
     * What cannot be undone once the act is recorded (a French sentence), or null for an act the instruction can
     * follow with others: an irreversible act is confirmed before it is sent.
     */
    String irreversible() {
        return null;
    }

    /** The act as filled in, in French, for the confirmation (valid once the dialog was closed with "Valider"). */
    String recapitulatif() {
        return titre + " du dossier " + dossier.numero() + ".";
    }

    /** The act to send, once the dialog was closed with "Valider". */
    final Acte acte() {
        return acte;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(titre);
        Widgets.id(shell, "urbanisme.acte.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(titre + " — " + dossier.numero());
        setMessage(consigne);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        creerChamps(form);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, "Valider", true), "urbanisme.acte.ok");
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, "Annuler", false), "urbanisme.acte.annuler");
        valider();
    }

    @Override
    protected void okPressed() {
        acte = lire();
        super.okPressed();
    }

    protected final void valider() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        try {
            lire();
            setErrorMessage(null);
            ok.setEnabled(true);
        } catch (DonneeInvalideException e) {
            setErrorMessage(e.getMessage());
            ok.setEnabled(false);
        }
    }

    protected final Text texte(Composite form, String libelle, boolean multiligne) {
        new Label(form, SWT.NONE).setText(libelle + " :");
        Text text = Widgets.id(new Text(form, SWT.BORDER | (multiligne ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : 0)),
                "urbanisme.acte.texte");
        GridData place = new GridData(SWT.FILL, SWT.FILL, true, multiligne);
        place.widthHint = 420;
        place.heightHint = multiligne ? 80 : SWT.DEFAULT;
        text.setLayoutData(place);
        text.addListener(SWT.Modify, e -> valider());
        return text;
    }

    /** A date field, today by default. */
    protected final Text date(Composite form, String libelle) {
        new Label(form, SWT.NONE).setText(libelle + " (jj/mm/aaaa) :");
        Text text = Widgets.id(new Text(form, SWT.BORDER), "urbanisme.acte.date");
        text.setText(Dates.format(Dates.aujourdhui()));
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> valider());
        return text;
    }

    protected final Combo choix(Composite form, String libelle, List<String> elements) {
        new Label(form, SWT.NONE).setText(libelle + " :");
        Combo combo = Widgets.id(new Combo(form, SWT.READ_ONLY), "urbanisme.acte.choix");
        elements.forEach(combo::add);
        combo.select(0);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> valider());
        return combo;
    }

    protected final void note(Composite form, String texte) {
        Label note = new Label(form, SWT.WRAP);
        note.setText(texte);
        GridData place = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        place.widthHint = 520;
        note.setLayoutData(place);
    }

    /**
     * The date typed, which an act already done cannot have in the future.
     *
     * @param quoi the date's name, starting the messages: "Date de la demande"
     */
    protected static LocalDate lireDate(Text text, String quoi) {
        LocalDate date = Dates.lire(text.getText(), quoi);
        if (date.isAfter(Dates.aujourdhui())) {
            throw new DonneeInvalideException(quoi + " postérieure à aujourd'hui (" + Dates.format(date) + ") : un acte "
                    + "déjà accompli ne peut pas être daté dans le futur.");
        }
        return date;
    }
}
