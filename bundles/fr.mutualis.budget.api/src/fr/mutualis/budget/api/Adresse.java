package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.regex.Pattern;

/** A postal address in France of a tiers. */
public record Adresse(String voie, String complement, String codePostal, String ville) implements Serializable {

    private static final Pattern CODE_POSTAL = Pattern.compile("\\d{5}");

    public Adresse {
        Erreurs e = new Erreurs("Adresse");
        e.texte(voie, "Voie");
        e.texteFacultatif(complement, "Complément");
        e.code(codePostal, "Code postal", CODE_POSTAL, "5 chiffres");
        e.texte(ville, "Ville");
        e.lever();
    }
}
