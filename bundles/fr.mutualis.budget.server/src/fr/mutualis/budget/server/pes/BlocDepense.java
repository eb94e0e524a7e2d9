package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.pes.XmlPes.bloc;
import static fr.mutualis.budget.server.pes.XmlPes.feuille;
import static fr.mutualis.budget.server.pes.XmlPes.feuilleFacultative;
import static fr.mutualis.budget.server.pes.XmlPes.montant;

import java.util.List;

import org.w3c.dom.Element;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Mandat;

/**
 * {@code PES_DepenseAller}: EnTeteDepense (IdVer 2: "N° de version du PES dépense - Mettre à « 2 ». A défaut rejet du
 * flux", dossier technique PES V2, PES Dépense Aller, type EnTeteDepense; the 2009 Pastell CreatePES sample still had
 * 1), InfoDematerialisee 0 since the flow is not signed here, then one Bordereau per bordereau of mandats with its
 * BlocBordereau, its pièces (BlocPiece/InfoPce with PJRef) and their lines (InfoLignePce then Tiers). Each line
 * carries its own Tiers block (TLigneDePiece: Tiers 0..1 per ligne de pièce): the line's own creditor when it has
 * one (a mandat collectif pays each agent on his line), the pièce's tiers otherwise.
 */
final class BlocDepense {

    private BlocDepense() {
    }

    static void ecrire(Element racine, List<Bordereau> bordereaux) {
        BlocsCommuns.ecrire(racine, "PES_DepenseAller", "EnTeteDepense", "2", "MtBordHT", bordereaux,
                // a bordereau de dépense only holds mandats (checked by Bordereau and the sealed Piece)
                (element, info, bordereau) -> bordereau.pieces()
                        .forEach(piece -> ecrirePiece(element, (Mandat) piece)));
    }

    private static void ecrirePiece(Element bordereau, Mandat mandat) {
        Element piece = bloc(bordereau, "Piece");
        Element info = bloc(bloc(piece, "BlocPiece"), "InfoPce");
        BlocsCommuns.infoPiece(info, mandat, "Obj");
        int numeroLigne = 1;
        for (LignePiece ligne : mandat.lignes()) {
            ecrireLigne(piece, mandat, ligne, numeroLigne++);
        }
    }

    private static void ecrireLigne(Element piece, Mandat mandat, LignePiece ligne, int numero) {
        Element ligneDePiece = bloc(piece, "LigneDePiece");
        Element blocLigne = bloc(ligneDePiece, "BlocLignePiece");
        Element info = bloc(blocLigne, "InfoLignePce");
        feuille(info, "IdLigne", String.valueOf(numero));
        feuille(info, "Nature", ligne.imputation().article());
        feuilleFacultative(info, "Fonction", ligne.imputation().fonction());
        feuilleFacultative(info, "Operation", ligne.imputation().operation());
        feuille(info, "LibVir1", mandat.objet());
        feuille(info, "LibVir2", ligne.libelle() != null ? ligne.libelle() : "MANDAT " + mandat.reference());
        feuille(info, "ModRegl", mandat.modeReglement());
        feuille(info, "TVAIntraCom", "0");
        feuille(info, "MtHT", montant(ligne.montant()));
        RattachementPiece.ecrire(blocLigne, mandat);
        BlocTiers.ecrire(ligneDePiece, ligne.creancier() != null ? ligne.creancier() : mandat.tiers(), null,
                !mandat.nature().corrective());
    }
}
