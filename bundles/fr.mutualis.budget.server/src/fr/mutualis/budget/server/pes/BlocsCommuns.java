package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.pes.XmlPes.bloc;
import static fr.mutualis.budget.server.pes.XmlPes.date;
import static fr.mutualis.budget.server.pes.XmlPes.feuille;
import static fr.mutualis.budget.server.pes.XmlPes.montant;

import java.util.List;

import org.w3c.dom.Element;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.PieceJustificative;

/**
 * The parts the dépense and recette blocks spell alike: the block with its header and one {@code Bordereau} each,
 * whose {@code BlocBordereau} runs up to {@code MtCumulAnnuel} and then the side's own spelling of the total; and the
 * description of a pièce with its {@code PJRef}.
 */
final class BlocsCommuns {

    /** What a side adds to each bordereau: to its {@code BlocBordereau} ({@code info}), then its pièces. */
    interface Suite {
        void ecrire(Element bordereau, Element info, Bordereau contenu);
    }

    private BlocsCommuns() {
    }

    /**
     * {@code <flux><enTete><IdVer>idVer</IdVer><InfoDematerialisee>0</InfoDematerialisee></enTete>} then a
     * {@code Bordereau} per bordereau, its total written as {@code total}, completed by {@code suite}.
     */
    static void ecrire(Element racine, String flux, String enTete, String idVer, String total,
            List<Bordereau> bordereaux, Suite suite) {
        Element bloc = bloc(racine, flux);
        Element entete = bloc(bloc, enTete);
        feuille(entete, "IdVer", idVer);
        feuille(entete, "InfoDematerialisee", "0");
        for (Bordereau bordereau : bordereaux) {
            Element element = bloc(bloc, "Bordereau");
            Element info = blocBordereau(element, bordereau);
            feuille(info, total, montant(bordereau.montantTotal()));
            suite.ecrire(element, info, bordereau);
        }
    }

    /** {@code BlocBordereau} with Exer, IdBord, DteBordEm, TypBord, NbrPce and MtCumulAnnuel, in this order. */
    private static Element blocBordereau(Element element, Bordereau bordereau) {
        Element info = bloc(element, "BlocBordereau");
        feuille(info, "Exer", String.valueOf(bordereau.exercice()));
        feuille(info, "IdBord", String.valueOf(bordereau.numero()));
        feuille(info, "DteBordEm", date(bordereau.date()));
        feuille(info, "TypBord", bordereau.type().code());
        feuille(info, "NbrPce", String.valueOf(bordereau.nombrePieces()));
        feuille(info, "MtCumulAnnuel", montant(bordereau.montantCumulAnnuel()));
        return info;
    }

    /** IdPce, TypPce, NatPce, the object as {@code objet}, then one {@code PJRef} per pièce justificative. */
    static void infoPiece(Element info, Piece piece, String objet) {
        feuille(info, "IdPce", String.valueOf(piece.numero()));
        feuille(info, "TypPce", CodesPes.typePiece(piece));
        feuille(info, "NatPce", CodesPes.naturePiece(piece));
        feuille(info, objet, piece.objet());
        for (PieceJustificative pj : piece.piecesJustificatives()) {
            Element ref = bloc(info, "PJRef");
            feuille(ref, "Support", pj.support());
            feuille(ref, "IdUnique", pj.idUnique());
            feuille(ref, "NomPJ", pj.nom());
        }
    }
}
