package fr.mutualis.budget.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An annulation or a réduction of a mandat or titre, issued as a new pièce that names it (a pièce is never changed or
 * deleted). An annulation takes everything left of the original; a réduction lists the lines it reduces.
 *
 * @param lignes for a réduction, the imputations and amounts reduced; empty for an annulation
 */
public record DemandeCorrection(String budget, Sens sens, int exercice, int numeroOrigine, NaturePiece nature,
        LocalDate date, String objet, List<LignePiece> lignes) implements Serializable {

    public DemandeCorrection {
        Erreurs e = new Erreurs("Correction du " + (sens == null ? "?" : sens.piece()) + " n° " + numeroOrigine);
        e.code(budget, "Budget (CodBud)", VoteBudget.COD_BUD, "1 à 10 lettres majuscules ou chiffres");
        e.nonNul(sens, "Sens");
        e.exercice(exercice);
        e.exiger(numeroOrigine >= 1, "numéro de la pièce corrigée invalide : " + numeroOrigine + ".");
        if (e.nonNul(nature, "Nature") != null) {
            e.exiger(nature.corrective(), "une correction est une annulation ou une réduction.");
        }
        e.nonNul(date, "Date");
        e.texte(objet, "Objet");
        lignes = e.liste(lignes, "Lignes");
        if (lignes != null && nature != null) {
            e.exiger(nature == NaturePiece.ANNULATION ? lignes.isEmpty() : !lignes.isEmpty(),
                    nature == NaturePiece.ANNULATION ? "une annulation porte sur tout le reste de la pièce : ne "
                            + "donnez pas de lignes." : "une réduction précise les lignes réduites.");
        }
        e.lever();
    }
}
