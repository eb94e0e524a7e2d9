package fr.mutualis.core.server.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.eclipse.persistence.sessions.UnitOfWork;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.server.context.CallContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/**
 * The second wall on PostgreSQL: at the start of each transaction, tells the database which collectivities the
 * current call may see, for the row-level-security policies on every business table ({@code collectivite} column,
 * see {@code db/<module>/postgresql/}). Two transaction-local settings: {@code mutualis.collectivites}, the
 * collectivity of the call ({@link CallContext#collectivite()}), and {@code mutualis.perimetre}, which is
 * {@code administration} only for the server console and for server-internal work that runs outside any call.
 */
final class RowSecurity {

    static final String ADMINISTRATION = "administration";
    static final String COLLECTIVITES = "collectivites";

    private RowSecurity() {
    }

    static boolean applies(EntityManagerFactory emf) {
        Object url = emf.getProperties().get("jakarta.persistence.jdbc.url");
        return url != null && url.toString().startsWith("jdbc:postgresql:");
    }

    /** Sets the settings on the transaction's connection; {@code em} is in an active transaction. */
    static void apply(EntityManager em) {
        Optional<CallContext> call = CallContext.find();
        String perimetre = call.isEmpty() || call.get().isConsole() ? ADMINISTRATION : COLLECTIVITES;
        String collectivites = call.map(CallContext::collectivite).map(CollectiviteId::code).orElse("");
        // The database transaction starts now, on the entity manager's one connection (exclusive connection mode,
        // DatabaseComponent), so that every query of the unit of work, read-only ones included, sees the settings.
        em.unwrap(UnitOfWork.class).beginEarlyTransaction();
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('mutualis.perimetre', ?, true), "
                + "set_config('mutualis.collectivites', ?, true)")) {
            ps.setString(1, perimetre);
            ps.setString(2, collectivites);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot set the collectivity of the transaction: " + e.getMessage(), e);
        }
    }
}
