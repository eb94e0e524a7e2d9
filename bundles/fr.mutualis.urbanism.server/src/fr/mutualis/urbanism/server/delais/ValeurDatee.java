package fr.mutualis.urbanism.server.delais;

import java.time.LocalDate;
import java.util.Set;

import fr.mutualis.urbanism.api.TypeDossier;

/**
 * One value of a parameter, in force from {@code debut} until the next value starts.
 *
 * @param mois   duration in months, null for a parameter that only lists types
 * @param types  the dossier types the rule applies to (all types when the file does not restrict it)
 * @param effet  for a majoration, how it changes the period; null otherwise
 * @param source the text that introduced this value, empty when the value dates from the start of the history
 */
public record ValeurDatee(LocalDate debut, Integer mois, Set<TypeDossier> types, EffetMajoration effet,
        String source) {

    public ValeurDatee {
        types = Set.copyOf(types);
    }
}
