package fr.mutualis.core.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import fr.mutualis.core.api.SafeText;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Inserts journal rows with plain SQL so that any module's entity manager can write them in its own transaction.
 * Every text is passed through {@link SafeText#escape}: a login typed with newlines or escape sequences cannot forge
 * an entry or drive the terminal of whoever reads the journal.
 */
@Component(service = AuditJournal.class)
public final class AuditJournalImpl implements AuditJournal {

    private static final String INSERT = "INSERT INTO journal_audit (horodatage, login, collectivite, operation, objet, "
            + "adresse_client) VALUES (?, ?, ?, ?, ?, ?)";

    @Override
    public void record(EntityManager em, String collectivite, String operation, String objet) {
        CallContext ctx = CallContext.current();
        insert(em, ctx.login(), ctx.clientAddress(), collectivite, operation, objet);
    }

    /** A JDBC batch on the connection of the write's transaction. */
    @Override
    public void record(EntityManager em, String collectivite, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        CallContext ctx = CallContext.current();
        String login = truncate(ctx.login(), 64);
        String address = truncate(ctx.clientAddress(), 100);
        String code = truncate(collectivite, 9);
        try (PreparedStatement ps = em.unwrap(Connection.class).prepareStatement(INSERT)) {
            for (Entry entry : entries) {
                ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
                ps.setString(2, login);
                ps.setString(3, code);
                ps.setString(4, truncate(entry.operation(), 100));
                ps.setString(5, truncate(entry.objet(), 500));
                ps.setString(6, address);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot write " + entries.size() + " journal entries", e);
        }
    }

    /** For events that happen before a context exists (connections). */
    static void insert(EntityManager em, String login, String address, String collectivite, String operation,
            String objet) {
        em.createNativeQuery(INSERT)
                .setParameter(1, LocalDateTime.now())
                .setParameter(2, truncate(login, 64))
                .setParameter(3, truncate(collectivite, 9))
                .setParameter(4, truncate(operation, 100))
                .setParameter(5, truncate(objet, 500))
                .setParameter(6, truncate(address, 100))
                .executeUpdate();
    }

    /** The same insert on a plain JDBC connection (bulk imports). */
    static void insert(Connection c, String login, String address, String collectivite, String operation,
            String objet) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
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
