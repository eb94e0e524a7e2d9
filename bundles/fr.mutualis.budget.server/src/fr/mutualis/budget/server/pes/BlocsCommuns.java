package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.pes.XmlPes.bloc;
import static fr.mutualis.budget.server.pes.XmlPes.date;
import static fr.mutualis.budget.server.pes.XmlPes.feuille;
import static fr.mutualis.budget.server.pes.XmlPes.montant;

import java.util.List;

import org.w3c.dom.Element;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.PieceJustificative;

/**
 * The parts the dépense and recette blocks spell alike: the start of {@code BlocBordereau} (up to
 * {@code MtCumulAnnuel}; each side then writes its own spelling of the total) and the {@code PJRef} of a pièce.
 */
final class BlocsCommuns {

    private BlocsCommuns() {
    }

    /** {@code BlocBordereau} with Exer, IdBord, DteBordEm, TypBord, NbrPce and MtCumulAnnuel, in this order. */
    static Element blocBordereau(Element element, Bordereau bordereau) {
        Element info = bloc(element, "BlocBordereau");
        feuille(info, "Exer", String.valueOf(bordereau.exercice()));
        feuille(info, "IdBord", String.valueOf(bordereau.numero()));
        feuille(info, "DteBordEm", date(bordereau.date()));
        feuille(info, "TypBord", bordereau.type().code());
        feuille(info, "NbrPce", String.valueOf(bordereau.nombrePieces()));
        feuille(info, "MtCumulAnnuel", montant(bordereau.montantCumulAnnuel()));
        return info;
    }

    /** One {@code PJRef} (Support, IdUnique, NomPJ) per pièce justificative. */
    static void piecesJustificatives(Element info, List<PieceJustificative> pieces) {
        for (PieceJustificative pj : pieces) {
            Element ref = bloc(info, "PJRef");
            feuille(ref, "Support", pj.support());
            feuille(ref, "IdUnique", pj.idUnique());
            feuille(ref, "NomPJ", pj.nom());
        }
    }
}
