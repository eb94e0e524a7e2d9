package fr.mutualis.budget.api;

import java.io.Serializable;

/** Identifies a mandat or titre within a budget: its exercice and its number. */
public record ReferencePiece(int exercice, int numero) implements Serializable {

    public ReferencePiece {
        Erreurs e = new Erreurs("Référence de pièce");
        e.exercice(exercice);
        e.exiger(numero >= 1, "numéro invalide : " + numero + ".");
        e.lever();
    }

    @Override
    public String toString() {
        return numero + "/" + exercice;
    }
}
