package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.pes.XmlPes.bloc;
import static fr.mutualis.budget.server.pes.XmlPes.feuille;

import org.w3c.dom.Element;

import fr.mutualis.budget.api.Piece;

/**
 * {@code RattachPiece{NatPceOrig, ExerRat, IdPceOrig}} after the line information of an annulation or réduction: the
 * pièce it corrects. The block is documented for PES recette lines; the dépense side is assumed to mirror it.
 */
final class RattachementPiece {

    private RattachementPiece() {
    }

    static void ecrire(Element blocLignePiece, Piece piece) {
        if (piece.nature().corrective()) {
            Element rattachement = bloc(blocLignePiece, "RattachPiece");
            feuille(rattachement, "NatPceOrig", CodesPes.natureSection(piece.section()));
            feuille(rattachement, "ExerRat", String.valueOf(piece.origine().exercice()));
            feuille(rattachement, "IdPceOrig", String.valueOf(piece.origine().numero()));
        }
    }
}
