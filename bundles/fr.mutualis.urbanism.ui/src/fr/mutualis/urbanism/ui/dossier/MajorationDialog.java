package fr.mutualis.urbanism.ui.dossier;

import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.Majoration;

/** Asks which majoration of the instruction period was notified, when, and why. */
final class MajorationDialog extends ActeDialog {

    private Combo majoration;
    private Text date;
    private Text motif;

    MajorationDialog(Shell parent, DossierDetail dossier) {
        super(parent, "Majoration du délai d'instruction", "Une majoration n'a d'effet que notifiée dans le premier "
                + "mois ; R423-24 et R423-25 ne se cumulent pas.", dossier);
    }

    @Override
    protected void creerChamps(Composite form) {
        majoration = choix(form, "Majoration", Arrays.stream(Majoration.values())
                .map(m -> m.article() + " — " + m.libelle()).toList());
        date = date(form, "Notifiée le");
        motif = texte(form, "Motif", true);
    }

    @Override
    protected Acte lire() {
        Majoration choisie = Majoration.values()[majoration.getSelectionIndex()];
        LocalDate notifieeLe = lireDate(date, "Date de notification");
        String raison = motif.getText().strip();
        return (service, commune, numero) -> service.majorerDelai(commune, numero, choisie, notifieeLe, raison);
    }
}
