package fr.mutualis.budget.api;

import java.io.Serializable;

/**
 * Reference to a supporting document of a pièce (PES {@code PJRef}).
 *
 * @param support  PES support code, 2 digits
 * @param idUnique identifier of the document, unique in the flow (the {@code IdUnique} of the PES_PJ part)
 * @param nom      file name, e.g. {@code facture-2024-118.pdf}
 */
public record PieceJustificative(String support, String idUnique, String nom) implements Serializable {

    public PieceJustificative {
        Erreurs e = new Erreurs("Pièce justificative " + nom);
        e.code(support, "Support", Codes.DEUX_CHIFFRES, "2 chiffres");
        e.texte(idUnique, "Identifiant unique");
        e.texte(nom, "Nom");
        e.lever();
    }
}
