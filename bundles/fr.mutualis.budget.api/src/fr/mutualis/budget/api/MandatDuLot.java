package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.List;

/**
 * One mandat of a {@link LotMandats}. The tiers is looked up in the collectivity's répertoire by its SIRET/SIREN (or,
 * without one, by name and first name) and added to it when absent; its IBAN is stored encrypted.
 *
 * @param objet               object of the mandat, or null to use the lot's
 * @param modeReglement       PES {@code ModRegl}, 2 digits (03 = virement)
 * @param piecesJustificatives references of the supporting documents, possibly none
 */
public record MandatDuLot(String objet, Tiers tiers, String modeReglement, List<LigneDuLot> lignes,
        List<PieceJustificative> piecesJustificatives) implements Serializable {

    public MandatDuLot {
        Erreurs e = new Erreurs("Mandat du lot pour " + (tiers == null ? "?" : tiers.nomComplet()));
        e.texteFacultatif(objet, "Objet");
        e.nonNul(tiers, "Tiers");
        e.code(modeReglement, "Mode de règlement", Codes.DEUX_CHIFFRES, "2 chiffres");
        lignes = e.liste(lignes, "Lignes");
        if (lignes != null) {
            e.exiger(!lignes.isEmpty(), "un mandat a au moins une ligne.");
        }
        piecesJustificatives = e.liste(piecesJustificatives, "Pièces justificatives");
        e.lever();
    }
}
