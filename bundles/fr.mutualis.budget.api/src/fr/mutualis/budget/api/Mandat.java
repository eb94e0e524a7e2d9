package fr.mutualis.budget.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Order to pay issued by the ordonnateur (pièce de dépense).
 *
 * @param modeReglement PES {@code ModRegl}, 2 digits agreed with the comptable (03 = virement in the PES samples)
 */
public record Mandat(int exercice, int numero, LocalDate date, String objet, Tiers tiers, List<LignePiece> lignes,
        List<PieceJustificative> piecesJustificatives, NaturePiece nature, ReferencePiece origine,
        String modeReglement) implements Piece {

    public Mandat {
        Erreurs e = new Erreurs("Mandat n° " + numero + "/" + exercice);
        e.nonNul(date, "Date");
        lignes = e.liste(lignes, "Lignes");
        piecesJustificatives = e.liste(piecesJustificatives, "Pièces justificatives");
        ValidationPiece.valider(e, exercice, numero, objet, tiers, lignes, nature, origine);
        e.code(modeReglement, "Mode de règlement", Codes.DEUX_CHIFFRES, "2 chiffres");
        if (lignes != null) {
            e.exiger(lignes.stream().allMatch(l -> l.codeProduitLocal() == null),
                    "le code produit local ne concerne que les titres.");
        }
        e.lever();
    }

    @Override
    public Sens sens() {
        return Sens.DEPENSE;
    }
}
