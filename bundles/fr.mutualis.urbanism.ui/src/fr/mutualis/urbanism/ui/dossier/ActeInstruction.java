package fr.mutualis.urbanism.ui.dossier;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.mutualis.urbanism.api.EtatDossier;

/** The acts of the instruction a user may perform on a dossier, each offered when the state it leads to is allowed. */
enum ActeInstruction {
    DEMANDER_PIECES("Demander des pièces…", "urbanisme.action.pieces", EnumSet.of(EtatDossier.INCOMPLET)),
    DECLARER_COMPLET("Déclarer complet…", "urbanisme.action.complet", EnumSet.of(EtatDossier.EN_INSTRUCTION)),
    MAJORER("Majorer le délai…", "urbanisme.action.majorer", EnumSet.of(EtatDossier.MAJORE)),
    STATUER("Statuer…", "urbanisme.action.statuer", EnumSet.of(EtatDossier.ACCORD,
            EtatDossier.ACCORD_AVEC_PRESCRIPTIONS, EtatDossier.REFUS, EtatDossier.OPPOSITION)),
    RETIRER("Retirer la demande…", "urbanisme.action.retirer", EnumSet.of(EtatDossier.RETIRE));

    private final String libelle;
    private final String id;
    private final Set<EtatDossier> cibles;

    ActeInstruction(String libelle, String id, Set<EtatDossier> cibles) {
        this.libelle = libelle;
        this.id = id;
        this.cibles = cibles;
    }

    String libelle() {
        return libelle;
    }

    /** The widget id of the act's button. */
    String id() {
        return id;
    }

    /** The acts the dossier allows now, from its {@code etatsPossibles}, in the order of the instruction. */
    static List<ActeInstruction> possibles(Set<EtatDossier> etatsPossibles) {
        return Arrays.stream(values()).filter(a -> !a.ciblesPermises(etatsPossibles).isEmpty()).toList();
    }

    /** The states this act may lead to among those allowed, e.g. the decisions a dossier may receive. */
    List<EtatDossier> ciblesPermises(Set<EtatDossier> etatsPossibles) {
        return cibles.stream().filter(etatsPossibles::contains).sorted().toList();
    }
}
