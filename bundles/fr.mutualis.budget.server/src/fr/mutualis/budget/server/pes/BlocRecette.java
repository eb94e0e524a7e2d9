package fr.mutualis.budget.server.pes;

import static fr.mutualis.budget.server.pes.XmlPes.bloc;
import static fr.mutualis.budget.server.pes.XmlPes.feuille;
import static fr.mutualis.budget.server.pes.XmlPes.feuilleFacultative;
import static fr.mutualis.budget.server.pes.XmlPes.montant;

import java.util.List;

import org.w3c.dom.Element;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Titre;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * {@code PES_RecetteAller}, the mirror of the dépense block with the recette spellings: IdVer 2 (any other value is
 * rejected), {@code MtBordHt} and a bordereau {@code Objet}; BlocPiece holds IdPce, TypPce, NatPce, ObjPce and PJRef
 * directly; lines are {@code InfoLignePiece} with CodProdLoc, Majo 0 and {@code TvaIntraCom}; InfoTiers carries the
 * required TypTiers. No bank account is written (only needed for a SEPA direct debit, not handled).
 */
final class BlocRecette {

    private BlocRecette() {
    }

    static void ecrire(Element racine, List<Bordereau> bordereaux) {
        bordereaux.stream().flatMap(b -> b.pieces().stream()).filter(p -> p.tiers().typeTiers() == null).findFirst()
                .ifPresent(p -> {
                    throw new DonneeInvalideException("Le tiers " + p.tiers().nomComplet() + " du " + p.designation()
                            + " n'a pas de type de tiers (TypTiers), obligatoire dans un PES recette.");
                });
        BlocsCommuns.ecrire(racine, "PES_RecetteAller", "EnTeteRecette", "2", "MtBordHt", bordereaux,
                (element, info, bordereau) -> {
                    feuille(info, "Objet", "BORDEREAU DE TITRES N° " + bordereau.numero() + " - EXERCICE "
                            + bordereau.exercice());
                    // a bordereau de recette only holds titres (checked by Bordereau and the sealed Piece)
                    bordereau.pieces().forEach(piece -> ecrirePiece(element, (Titre) piece));
                });
    }

    private static void ecrirePiece(Element bordereau, Titre titre) {
        Element piece = bloc(bordereau, "Piece");
        Element info = bloc(piece, "BlocPiece");
        BlocsCommuns.infoPiece(info, titre, "ObjPce");
        int numeroLigne = 1;
        for (LignePiece ligne : titre.lignes()) {
            Element ligneDePiece = bloc(piece, "LigneDePiece");
            Element blocLigne = bloc(ligneDePiece, "BlocLignePiece");
            Element infoLigne = bloc(blocLigne, "InfoLignePiece");
            feuille(infoLigne, "IdLigne", String.valueOf(numeroLigne++));
            feuilleFacultative(infoLigne, "ObjLignePce", ligne.libelle());
            feuille(infoLigne, "CodProdLoc", ligne.codeProduitLocal());
            feuille(infoLigne, "Nature", ligne.imputation().article());
            feuilleFacultative(infoLigne, "Fonction", ligne.imputation().fonction());
            feuilleFacultative(infoLigne, "Operation", ligne.imputation().operation());
            feuille(infoLigne, "Majo", "0");
            feuille(infoLigne, "TvaIntraCom", "0");
            feuille(infoLigne, "MtHT", montant(ligne.montant()));
            RattachementPiece.ecrire(blocLigne, titre);
            BlocTiers.ecrire(ligneDePiece, titre.tiers(), titre.tiers().typeTiers(), false);
        }
    }
}
