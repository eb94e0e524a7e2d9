package fr.mutualis.budget.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import fr.mutualis.core.api.Decimaux;
import fr.mutualis.core.api.DonneeInvalideException;

/** Collects the French messages of a record's canonical constructor, then throws them all at once. */
final class Erreurs {

    private final String contexte;
    private final List<String> messages = new ArrayList<>();

    Erreurs(String contexte) {
        this.contexte = contexte;
    }

    void ajouter(String message) {
        messages.add(contexte + " : " + message);
    }

    boolean vide() {
        return messages.isEmpty();
    }

    void exiger(boolean condition, String message) {
        if (!condition) {
            ajouter(message);
        }
    }

    <T> T nonNul(T valeur, String champ) {
        if (valeur == null) {
            ajouter(champ + " obligatoire.");
        }
        return valeur;
    }

    String texte(String valeur, String champ) {
        if (valeur == null || valeur.isBlank()) {
            ajouter(champ + " obligatoire.");
        }
        return valeur;
    }

    /** A required value that must match {@code format}; {@code attendu} explains the format in French. */
    String code(String valeur, String champ, Pattern format, String attendu) {
        if (texte(valeur, champ) != null && !format.matcher(valeur).matches()) {
            ajouter(champ + " invalide : « " + valeur + " » (attendu : " + attendu + ").");
        }
        return valeur;
    }

    /** Like {@link #code} but null is accepted. */
    String codeFacultatif(String valeur, String champ, Pattern format, String attendu) {
        return valeur == null ? null : code(valeur, champ, format, attendu);
    }

    String texteFacultatif(String valeur, String champ) {
        if (valeur != null && valeur.isBlank()) {
            ajouter(champ + " vide : ne le renseignez pas plutôt que de le laisser blanc.");
        }
        return valeur;
    }

    /** A money amount with at most two decimals, returned with exactly two. */
    BigDecimal montant(BigDecimal valeur, String champ) {
        if (nonNul(valeur, champ) == null) {
            return null;
        }
        if (Decimaux.horsLimites(valeur)) {
            ajouter(Decimaux.message(champ));
            return null;
        }
        if (valeur.stripTrailingZeros().scale() > 2) {
            ajouter(champ + " invalide : " + valeur.toPlainString() + " a plus de deux décimales.");
            return valeur;
        }
        return valeur.setScale(2, RoundingMode.UNNECESSARY);
    }

    BigDecimal montantPositif(BigDecimal valeur, String champ) {
        BigDecimal montant = montant(valeur, champ);
        if (montant != null && montant.signum() <= 0) {
            ajouter(champ + " doit être strictement positif (" + montant.toPlainString() + ").");
        }
        return montant;
    }

    BigDecimal montantNonNegatif(BigDecimal valeur, String champ) {
        BigDecimal montant = montant(valeur, champ);
        if (montant != null && montant.signum() < 0) {
            ajouter(champ + " ne peut pas être négatif (" + montant.toPlainString() + ").");
        }
        return montant;
    }

    void exercice(int exercice) {
        exiger(exercice >= 2000 && exercice <= 2999, "exercice invalide : " + exercice + ".");
    }

    /** An immutable copy of a required list; null elements are refused. */
    <T> List<T> liste(List<? extends T> valeurs, String champ) {
        if (nonNul(valeurs, champ) == null) {
            return null;
        }
        if (valeurs.stream().anyMatch(Objects::isNull)) {
            ajouter(champ + " : élément vide.");
            return null;
        }
        return List.copyOf(valeurs);
    }

    void lever() {
        if (!messages.isEmpty()) {
            throw new DonneeInvalideException(messages);
        }
    }
}
