package fr.mutualis.urbanism.ui.dossier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.urbanism.api.DossierDetail;

/** Records that the applicant withdrew the application, with the reason given if any. */
final class RetraitDialog extends ActeDialog {

    private Text motif;

    RetraitDialog(Shell parent, DossierDetail dossier) {
        super(parent, "Retrait de la demande", "Le demandeur retire sa demande : l'instruction s'arrête "
                + "définitivement.", dossier);
    }

    @Override
    protected void creerChamps(Composite form) {
        motif = texte(form, "Motif (facultatif)", true);
    }

    @Override
    String irreversible() {
        return "le dossier retiré ne peut plus être instruit ; le demandeur devra déposer une nouvelle demande.";
    }

    @Override
    protected Acte lire() {
        String raison = motif.getText().strip();
        return (service, commune, numero) -> service.retirer(commune, numero, raison);
    }
}
