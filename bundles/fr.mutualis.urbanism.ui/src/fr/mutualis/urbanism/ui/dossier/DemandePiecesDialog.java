package fr.mutualis.urbanism.ui.dossier;

import java.time.LocalDate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.DossierDetail;

/** Asks the date of the request for missing pieces and the list of those pieces. */
final class DemandePiecesDialog extends ActeDialog {

    private Text date;
    private Text pieces;

    DemandePiecesDialog(Shell parent, DossierDetail dossier) {
        super(parent, "Demande de pièces manquantes", "Une seule demande, notifiée dans le mois qui suit le dépôt, "
                + "liste toutes les pièces manquantes (R423-38) ; le demandeur a trois mois pour les fournir.",
                dossier);
    }

    @Override
    protected void creerChamps(Composite form) {
        date = date(form, "Date de la demande");
        pieces = texte(form, "Pièces manquantes", true);
    }

    @Override
    protected Acte lire() {
        LocalDate demandeLe = lireDate(date, "Date de la demande");
        String liste = pieces.getText().strip();
        if (liste.isEmpty()) {
            throw new DonneeInvalideException("Listez les pièces manquantes.");
        }
        return (service, commune, numero) -> service.demanderPieces(commune, numero, demandeLe, liste);
    }
}
