package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Credits voted on one chapter (the level of vote) in one section and direction. A décision modificative may reduce
 * credits with a negative amount.
 *
 * @param chapitre chapter code, or the number of an opération d'équipement voted as a chapter
 */
public record LigneCredit(String chapitre, Section section, Sens sens, BigDecimal montant) implements Serializable {

    public LigneCredit {
        Erreurs e = new Erreurs("Ligne de crédit " + chapitre);
        e.code(chapitre, "Chapitre", Codes.CHAPITRE, Codes.CHAPITRE_ATTENDU);
        e.nonNul(section, "Section");
        e.nonNul(sens, "Sens");
        montant = e.montant(montant, "Montant");
        e.lever();
    }
}
