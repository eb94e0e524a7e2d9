package fr.mutualis.urbanism.server.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TransitionJournal;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * State machine of a dossier: déposé, incomplet, en instruction, majoré, then an express decision, a tacit outcome
 * after the date limite, or withdrawal by the applicant. Each accepted move returns its journal entry; an illegal
 * move is refused with a French message naming the current state and the states allowed from it.
 */
public final class WorkflowDossier {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock horloge;

    /** @param horloge stamps journal entries and tells whether a date limite has passed */
    public WorkflowDossier(Clock horloge) {
        this.horloge = Objects.requireNonNull(horloge, "horloge");
    }

    /** The states a user may move the dossier to now (tacit outcomes are not listed: they are noted, not chosen). */
    public Set<EtatDossier> etatsSuivants(TypeDossier type, EtatDossier courant) {
        exiger(type, courant);
        return ReglesTransition.suivantsExpres(type, courant);
    }

    /** Records an express move (completeness, majoration, decision, withdrawal) made by {@code auteur}. */
    public TransitionJournal appliquer(TypeDossier type, EtatDossier courant, EtatDossier cible, String auteur,
            String commentaire) {
        exiger(type, courant);
        if (cible == null) {
            throw new DonneeInvalideException("L'état visé est obligatoire.");
        }
        if (ReglesTransition.estTacite(cible)) {
            throw new DonneeInvalideException("« " + cible.libelle() + " » ne se saisit pas : une issue tacite est "
                    + "constatée le lendemain de la date limite d'instruction, faute de décision notifiée.");
        }
        Set<EtatDossier> possibles = ReglesTransition.suivantsExpres(type, courant);
        if (!possibles.contains(cible)) {
            throw refus(type, courant, cible, possibles);
        }
        return new TransitionJournal(courant, cible, auteur, horloge.instant(), commentaire);
    }

    /**
     * Notes the tacit outcome of a dossier whose date limite has passed with no decision notified: tacit approval
     * or refusal, tacit certificate, or tacit rejection when the missing pieces never came.
     */
    public TransitionJournal constaterIssueTacite(EtatDossier courant, ResultatDelais delais, String auteur) {
        if (delais == null) {
            throw new DonneeInvalideException("Le calcul des délais du dossier est obligatoire.");
        }
        exiger(delais.type(), courant);
        LocalDate aujourdhui = LocalDate.now(horloge);
        if (!aujourdhui.isAfter(delais.dateLimite())) {
            throw new DonneeInvalideException("Pas d'issue tacite avant le " + DATE.format(delais.dateIssueTacite())
                    + " : la date limite d'instruction est le " + DATE.format(delais.dateLimite())
                    + " et une décision peut être notifiée jusqu'à la fin de ce jour.");
        }
        EtatDossier cible = delais.issueTacite().etatAtteint();
        Set<EtatDossier> origines = ReglesTransition.originesTacites(cible);
        if (!origines.contains(courant)) {
            throw new DonneeInvalideException("Issue tacite impossible : le dossier " + delais.type().name()
                    + " est à l'état « " + courant.libelle() + " » ; « " + cible.libelle()
                    + " » n'est possible que depuis " + liste(origines) + ".");
        }
        String commentaire = delais.issueTacite().libelle(delais.type()) + " au "
                + DATE.format(delais.dateIssueTacite()) + ", faute de décision notifiée au plus tard le "
                + DATE.format(delais.dateLimite());
        return new TransitionJournal(courant, cible, auteur, horloge.instant(), commentaire);
    }

    private static DonneeInvalideException refus(TypeDossier type, EtatDossier courant, EtatDossier cible,
            Set<EtatDossier> possibles) {
        String debut = "Transition impossible pour le dossier " + type.name() + " à l'état « " + courant.libelle()
                + " » vers « " + cible.libelle() + " »";
        if (possibles.isEmpty()) {
            return new DonneeInvalideException(debut + " : c'est un état final, aucun changement n'est possible.");
        }
        return new DonneeInvalideException(debut + ". États possibles : " + liste(possibles) + ".");
    }

    private static String liste(Set<EtatDossier> etats) {
        return etats.stream().sorted().map(e -> "« " + e.libelle() + " »").collect(Collectors.joining(", "));
    }

    private static void exiger(TypeDossier type, EtatDossier courant) {
        if (type == null || courant == null) {
            throw new DonneeInvalideException("Le type du dossier et son état actuel sont obligatoires.");
        }
    }
}
