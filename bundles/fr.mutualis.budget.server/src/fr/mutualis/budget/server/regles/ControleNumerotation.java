package fr.mutualis.budget.server.regles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pièce and bordereau numbers run 1, 2, 3… within their sequence (per budget and exercice), without gaps, and a number
 * once given is never reused.
 */
public final class ControleNumerotation {

    private ControleNumerotation() {
    }

    /** The number to give next: one more than the highest given, 1 for the first. */
    public static int prochain(Collection<Integer> attribues) {
        return attribues.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    /**
     * @param objet     what is numbered, in French, e.g. "mandat" or "bordereau de titres"
     * @param attribues numbers already given in the sequence
     * @param numero    the number about to be given
     */
    public static List<String> verifier(String objet, Collection<Integer> attribues, int numero) {
        List<String> refus = new ArrayList<>();
        Set<Integer> existants = new TreeSet<>(attribues);
        List<Integer> manquants = new ArrayList<>();
        for (int attendu = 1; attendu < prochain(existants); attendu++) {
            if (!existants.contains(attendu)) {
                manquants.add(attendu);
            }
        }
        if (!manquants.isEmpty()) {
            refus.add("Numérotation incohérente (" + objet + ") : numéros manquants " + manquants + ".");
        }
        if (existants.contains(numero)) {
            refus.add("Le numéro " + numero + " a déjà été attribué (" + objet + ") : un numéro n'est jamais réutilisé.");
        } else if (numero != prochain(existants)) {
            refus.add("Le prochain numéro (" + objet + ") est " + prochain(existants) + ", pas " + numero
                    + " : la numérotation est continue, sans trou.");
        }
        return refus;
    }
}
