package fr.mutualis.budget.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A new mandat (sens dépense) or titre (sens recette) as entered; the server numbers it in the budget's sequence
 * after every check has passed.
 *
 * @param tiers         id of the tiers in the répertoire ({@link FicheTiers#id()})
 * @param modeReglement PES {@code ModRegl} of a mandat, 2 digits (03 = virement); null for a titre
 * @param engagement    number of the engagement a mandat consumes, required when the collectivity keeps commitment
 *                      accounts, null otherwise
 */
public record SaisiePiece(String budget, Sens sens, int exercice, LocalDate date, String objet, long tiers,
        List<LignePiece> lignes, List<PieceJustificative> piecesJustificatives, String modeReglement,
        Integer engagement) implements Serializable {

    public SaisiePiece {
        Erreurs e = new Erreurs("Saisie de " + (sens == null ? "pièce" : sens.piece()));
        e.code(budget, "Budget (CodBud)", VoteBudget.COD_BUD, "1 à 10 lettres majuscules ou chiffres");
        e.nonNul(sens, "Sens");
        e.exercice(exercice);
        e.nonNul(date, "Date");
        e.texte(objet, "Objet");
        lignes = e.liste(lignes, "Lignes");
        if (lignes != null) {
            e.exiger(!lignes.isEmpty(), "une pièce a au moins une ligne.");
        }
        piecesJustificatives = e.liste(piecesJustificatives, "Pièces justificatives");
        e.exiger(sens != Sens.RECETTE || engagement == null, "un titre ne consomme pas d'engagement.");
        e.lever();
    }
}
