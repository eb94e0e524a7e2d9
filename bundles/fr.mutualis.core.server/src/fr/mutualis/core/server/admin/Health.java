package fr.mutualis.core.server.admin;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The server's state for an operator.
 *
 * @param databaseError     null when the database answered
 * @param roundTrip         time of a trivial query, null when the database did not answer
 * @param schemaVersions    module -> applied schema version (empty when the database did not answer)
 * @param connectedClients  remote sessions open now, empty when the remote layer does not say
 * @param freeSpaceBytes    usable space of the data folder's file system
 */
public record Health(String database, String databaseError, Duration roundTrip, Map<String, Integer> schemaVersions,
        OptionalInt connectedClients, Duration uptime, String dataDirectory, long freeSpaceBytes) {
}
