package fr.mutualis.budget.api;

import java.io.Serializable;

/**
 * Summary of a loaded plan de comptes, e.g. M57 abrégée 2024: 48 chapters, 824 usable articles, 249 fonctions.
 *
 * @param exercice the exercice of the plan itself, which may be older than the exercice it serves
 */
public record Nomenclature(String norme, Declinaison declinaison, int exercice, int nombreChapitres,
        int nombreArticles, int nombreFonctions) implements Serializable {

    public Nomenclature {
        Erreurs e = new Erreurs("Nomenclature");
        e.texte(norme, "Norme");
        e.nonNul(declinaison, "Déclinaison");
        e.exercice(exercice);
        e.exiger(nombreChapitres > 0 && nombreArticles > 0 && nombreFonctions > 0,
                "une nomenclature sans chapitre, article ou fonction est inutilisable.");
        e.lever();
    }
}
