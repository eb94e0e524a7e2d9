package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Where a pièce line is charged: section, chapter (level of vote), article (account), fonction and opération.
 *
 * @param fonction  référence fonctionnelle, or null when the budget is not presented by fonction
 * @param operation number of the opération d'équipement, or null
 */
public record Imputation(Section section, String chapitre, String article, String fonction, String operation)
        implements Serializable {

    private static final Pattern OPERATION = Pattern.compile("[0-9A-Z]{1,10}");

    public Imputation {
        Erreurs e = new Erreurs("Imputation");
        e.nonNul(section, "Section");
        e.code(chapitre, "Chapitre", Codes.CHAPITRE, Codes.CHAPITRE_ATTENDU);
        e.code(article, "Article", Codes.ARTICLE, Codes.ARTICLE_ATTENDU);
        e.codeFacultatif(fonction, "Fonction", Codes.FONCTION, Codes.FONCTION_ATTENDU);
        e.codeFacultatif(operation, "Opération", OPERATION, "1 à 10 lettres majuscules ou chiffres");
        e.lever();
    }

    /** "011 / 60632 / 020" as shown to users. */
    public String libelle() {
        return chapitre + " / " + article + (fonction == null ? "" : " / " + fonction)
                + (operation == null ? "" : " / op. " + operation);
    }
}
