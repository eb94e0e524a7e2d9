package fr.mutualis.core.server.admin;

import java.time.Duration;

/** What an import of the INSEE reference data did. */
public record ImportReport(String source, int communesRead, int communesCreated, int communesUpdated,
        int epciRead, int epciCreated, int epciUpdated, int membersLinked, Duration duration) {

    /**
     * French summary printed by the console, numbers grouped with a plain space like the console's other output
     * (the JDK's French separator, a narrow no-break space, shows as garbage on many terminals).
     */
    public String summary() {
        return String.format(java.util.Locale.FRANCE,
                "Import terminé en %.1f s depuis %s%n"
                        + "  Communes : %,d lues, %,d créées, %,d mises à jour, %,d inchangées%n"
                        + "  EPCI     : %,d lus, %,d créés, %,d mis à jour, %,d inchangés%n"
                        + "  Rattachements commune -> EPCI : %,d",
                duration.toMillis() / 1000.0, source, communesRead, communesCreated, communesUpdated,
                communesRead - communesCreated - communesUpdated, epciRead, epciCreated, epciUpdated,
                epciRead - epciCreated - epciUpdated, membersLinked).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
