package fr.mutualis.urbanism.server.delais;

import java.time.LocalDate;

/**
 * A period of whole months and the article that sets it.
 *
 * @param reference article of the code de l'urbanisme, e.g. {@code R423-23 b}
 */
public record Duree(int mois, String reference) {

    /**
     * The last day of a period starting on {@code debut}: the same day-of-month {@code mois} months later, or the last
     * day of that month when the day does not exist (31 January + 1 month = 28 or 29 February), per domain.md §0.
     */
    public LocalDate echeance(LocalDate debut) {
        return debut.plusMonths(mois);
    }
}
