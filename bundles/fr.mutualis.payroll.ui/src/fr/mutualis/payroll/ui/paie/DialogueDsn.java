package fr.mutualis.payroll.ui.paie;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
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
import fr.mutualis.payroll.api.EmetteurDsn;

/**
 * Asks what the DSN needs that the collectivity record does not hold: the NIC of the paying establishment and the
 * contact net-entreprises calls about the file. The values typed are offered again the next time.
 */
final class DialogueDsn extends Dialog {

    private static EmetteurDsn precedent = new EmetteurDsn("", "", "", null, true);

    private final String titre;
    private Text nic;
    private Text nom;
    private Text mel;
    private Text telephone;
    private Button essai;
    private Label erreurs;
    private EmetteurDsn emetteur;

    DialogueDsn(Shell parent, String titre) {
        super(parent);
        this.titre = titre;
    }

    /** The emitter entered, or null when the dialog was cancelled. */
    EmetteurDsn emetteur() {
        return emetteur;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(titre);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite zone = (Composite) super.createDialogArea(parent);
        zone.setLayout(new GridLayout(2, false));
        nic = champ(zone, "NIC de l'établissement (5 chiffres du SIRET après le SIREN)", "paie.dsn.nic",
                precedent.nic());
        nom = champ(zone, "Contact : nom", "paie.dsn.contact", precedent.contactNom());
        mel = champ(zone, "Contact : adresse électronique", "paie.dsn.mel", precedent.contactMel());
        telephone = champ(zone, "Contact : téléphone (facultatif)", "paie.dsn.telephone",
                precedent.contactTelephone() == null ? "" : precedent.contactTelephone());
        essai = Widgets.id(new Button(zone, SWT.CHECK), "paie.dsn.essai");
        essai.setText("Envoi d'essai (test) : décochez pour l'envoi réel");
        essai.setSelection(precedent.essai());
        essai.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        erreurs = Widgets.id(new Label(zone, SWT.WRAP), "paie.dsn.erreurs");
        erreurs.setForeground(zone.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData donnees = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        donnees.widthHint = 460;
        erreurs.setLayoutData(donnees);
        return zone;
    }

    private static Text champ(Composite zone, String libelle, String id, String valeur) {
        new Label(zone, SWT.NONE).setText(libelle + " :");
        Text texte = Widgets.id(new Text(zone, SWT.BORDER), id);
        texte.setText(valeur == null ? "" : valeur);
        texte.setLayoutData(new GridData(220, SWT.DEFAULT));
        return texte;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, "Produire la DSN", true), "paie.dsn.produire");
        createButton(parent, IDialogConstants.CANCEL_ID, "Annuler", false);
    }

    @Override
    protected void okPressed() {
        List<String> problemes = problemes(nic.getText(), nom.getText(), mel.getText());
        if (!problemes.isEmpty()) {
            erreurs.setText(String.join("\n", problemes));
            erreurs.getParent().layout(true, true);
            getShell().pack();
            return;
        }
        String tel = telephone.getText().strip();
        emetteur = new EmetteurDsn(nic.getText().strip(), nom.getText().strip(), mel.getText().strip(),
                tel.isEmpty() ? null : tel, essai.getSelection());
        precedent = emetteur;
        super.okPressed();
    }

    /** Every problem of the fields, in French. */
    static List<String> problemes(String nic, String nom, String mel) {
        List<String> problemes = new ArrayList<>();
        if (nic == null || !nic.strip().matches("\\d{5}")) {
            problemes.add("NIC : 5 chiffres attendus (les 5 derniers chiffres du SIRET de l'établissement).");
        }
        if (nom == null || nom.isBlank()) {
            problemes.add("Contact : indiquez le nom de la personne à joindre au sujet de la déclaration.");
        }
        if (mel == null || !mel.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problemes.add("Contact : adresse électronique invalide.");
        }
        return problemes;
    }
}
