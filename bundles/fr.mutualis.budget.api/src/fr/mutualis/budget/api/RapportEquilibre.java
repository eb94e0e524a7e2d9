package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.List;

/**
 * Result of the vote checks of a budget: what is off (with the amounts, in French) and what was accepted under an
 * exception (for example a surplus allowed by CJF L232-6).
 */
public record RapportEquilibre(List<String> ecarts, List<String> observations) implements Serializable {

    public RapportEquilibre {
        Erreurs e = new Erreurs("Rapport d'équilibre");
        ecarts = e.liste(ecarts, "Écarts");
        observations = e.liste(observations, "Observations");
        e.lever();
    }

    /** True when nothing is off. */
    public boolean equilibre() {
        return ecarts.isEmpty();
    }
}
