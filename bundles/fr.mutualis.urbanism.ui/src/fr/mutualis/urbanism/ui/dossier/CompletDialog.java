package fr.mutualis.urbanism.ui.dossier;

import java.time.LocalDate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.ui.Dates;

/**
 * Declares the dossier complete: at filing, or, when pieces were requested, on the day they arrived (asked here),
 * from which the instruction period runs.
 */
final class CompletDialog extends ActeDialog {

    private Text recuesLe;

    CompletDialog(Shell parent, DossierDetail dossier) {
        super(parent, "Dossier complet", "Le délai d'instruction court à partir du jour où le dossier est complet.",
                dossier);
    }

    private boolean piecesAttendues() {
        return dossier.etat() == EtatDossier.INCOMPLET;
    }

    @Override
    protected void creerChamps(Composite form) {
        if (piecesAttendues()) {
            recuesLe = date(form, "Pièces reçues le");
        } else {
            note(form, "Aucune pièce n'a été demandée : le dossier est complet depuis son dépôt, le "
                    + Dates.format(dossier.resume().dateDepot()) + ".");
        }
    }

    @Override
    protected Acte lire() {
        LocalDate date = piecesAttendues() ? lireDate(recuesLe, "Date de réception des pièces") : null;
        return (service, commune, numero) -> service.declarerComplet(commune, numero, date);
    }
}
