package fr.mutualis.core.server.admin;

import java.time.LocalDateTime;

/** One entry of the audit journal. */
public record AuditLine(long id, LocalDateTime horodatage, String login, String collectivite, String operation,
        String objet, String adresseClient) {
}
