package fr.mutualis.urbanism.ui.dossier;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.ui.Dates;

/** Asks the express decision (among those the dossier allows), its date, and its prescriptions or grounds. */
final class DecisionDialog extends ActeDialog {

    private final List<EtatDossier> decisions;
    private Combo decision;
    private Text date;
    private Text motivation;
    private String recapitulatif;

    DecisionDialog(Shell parent, DossierDetail dossier) {
        super(parent, "Décision", "La décision doit être signée au plus tard le "
                + Dates.format(dossier.resume().dateLimite()) + ", date limite d'instruction.", dossier);
        this.decisions = ActeInstruction.STATUER.ciblesPermises(dossier.etatsPossibles());
    }

    @Override
    protected void creerChamps(Composite form) {
        decision = choix(form, "Décision", decisions.stream().map(EtatDossier::libelle).toList());
        date = date(form, "Signée le");
        motivation = texte(form, "Prescriptions ou motifs", true);
    }

    @Override
    String irreversible() {
        return "la décision enregistrée clôt l'instruction du dossier : elle ne peut plus être modifiée ni "
                + "remplacée dans Mutualis.";
    }

    @Override
    String recapitulatif() {
        return recapitulatif;
    }

    @Override
    protected Acte lire() {
        EtatDossier choisie = decisions.get(decision.getSelectionIndex());
        LocalDate signeeLe = lireDate(date, "Date de la décision");
        String motifs = motivation.getText().strip();
        if (choisie == EtatDossier.ACCORD_AVEC_PRESCRIPTIONS && motifs.isEmpty()) {
            throw new DonneeInvalideException("Indiquez les prescriptions dont l'accord est assorti.");
        }
        if ((choisie == EtatDossier.REFUS || choisie == EtatDossier.OPPOSITION) && motifs.isEmpty()) {
            throw new DonneeInvalideException("Un refus ou une opposition doit être motivé (L424-3) : indiquez les "
                    + "motifs.");
        }
        recapitulatif = "Décision « " + choisie.libelle() + " » sur le dossier " + dossier.numero() + " ("
                + dossier.resume().petitionnaire() + "), signée le " + Dates.format(signeeLe)
                + (motifs.isEmpty() ? "" : ", avec : " + motifs) + ". L'arrêté pourra ensuite être imprimé.";
        return (service, commune, numero) -> service.statuer(commune, numero, choisie, signeeLe, motifs);
    }
}
