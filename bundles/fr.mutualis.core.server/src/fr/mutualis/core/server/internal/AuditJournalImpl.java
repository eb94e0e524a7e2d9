package fr.mutualis.core.server.internal;

import java.time.LocalDateTime;

import org.osgi.service.component.annotations.Component;

import fr.mutualis.core.api.SafeText;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;

/**
 * Inserts journal rows with plain SQL so that any module's entity manager can write them in its own transaction.
 * Every text is passed through {@link SafeText#escape}: a login typed with newlines or escape sequences cannot forge
 * an entry or drive the terminal of whoever reads the journal.
 */
@Component(service = AuditJournal.class)
public final class AuditJournalImpl implements AuditJournal {

    @Override
    public void record(EntityManager em, String collectivite, String operation, String objet) {
        CallContext ctx = CallContext.current();
        insert(em, ctx.login(), ctx.clientAddress(), collectivite, operation, objet);
    }

    /** For events that happen before a context exists (connections). */
    static void insert(EntityManager em, String login, String address, String collectivite, String operation,
            String objet) {
        em.createNativeQuery("INSERT INTO journal_audit (horodatage, login, collectivite, operation, objet, adresse_client)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, LocalDateTime.now())
                .setParameter(2, truncate(login, 64))
                .setParameter(3, truncate(collectivite, 9))
                .setParameter(4, truncate(operation, 100))
                .setParameter(5, truncate(objet, 500))
                .setParameter(6, truncate(address, 100))
                .executeUpdate();
    }

    /** The same insert on a plain JDBC connection (bulk imports). */
    static void insert(java.sql.Connection c, String login, String address, String collectivite, String operation,
            String objet) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO journal_audit (horodatage, login, "
                + "collectivite, operation, objet, adresse_client) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, java.sql.Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(2, truncate(login, 64));
            ps.setString(3, truncate(collectivite, 9));
            ps.setString(4, truncate(operation, 100));
            ps.setString(5, truncate(objet, 500));
            ps.setString(6, truncate(address, 100));
            ps.executeUpdate();
        }
    }

    /** Control characters escaped (one entry stays one line, no terminal sequence), then cut to the column. */
    private static String truncate(String s, int max) {
        String safe = SafeText.escape(s);
        return safe == null || safe.length() <= max ? safe : safe.substring(0, max);
    }
}
