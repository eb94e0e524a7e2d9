package fr.mutualis.budget.api;

import java.time.LocalDate;
import java.util.List;

/** Order to collect issued by the ordonnateur (titre de recette); every line carries its code produit local. */
public record Titre(int exercice, int numero, LocalDate date, String objet, Tiers tiers, List<LignePiece> lignes,
        List<PieceJustificative> piecesJustificatives, NaturePiece nature, ReferencePiece origine) implements Piece {

    public Titre {
        Erreurs e = new Erreurs("Titre n° " + numero + "/" + exercice);
        e.nonNul(date, "Date");
        lignes = e.liste(lignes, "Lignes");
        piecesJustificatives = e.liste(piecesJustificatives, "Pièces justificatives");
        ValidationPiece.valider(e, exercice, numero, objet, tiers, lignes, nature, origine);
        if (lignes != null) {
            e.exiger(lignes.stream().allMatch(l -> l.codeProduitLocal() != null),
                    "chaque ligne d'un titre porte un code produit local (CodProdLoc).");
        }
        e.lever();
    }

    @Override
    public Sens sens() {
        return Sens.RECETTE;
    }
}
