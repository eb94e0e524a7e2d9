package fr.mutualis.core.server.internal;

import java.time.LocalDate;
import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.admin.AuditLine;
import fr.mutualis.core.server.internal.entity.AuditEntry;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.TypedQuery;

/** Reading the audit journal from the console (by collectivity, login, dates), and journaling console commands. */
final class JournalConsultation {

    private final CoreStore store;
    private final AuditJournal journal;

    JournalConsultation(CoreStore store, AuditJournal journal) {
        this.store = store;
        this.journal = journal;
    }

    void journalCommand(String command) {
        Transactions.run(store.emf(), em -> journal.record(em, null, "console.commande", command));
    }

    List<AuditLine> audit(String collectivite, String login, LocalDate from, LocalDate to, int limit) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DonneeInvalideException("La date de fin (" + to + ") précède la date de début (" + from + ").");
        }
        String code = collectivite == null || collectivite.isBlank() ? null : CollectiviteId.of(collectivite).code();
        return Transactions.read(store.emf(), em -> {
            StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
            if (code != null) {
                jpql.append(" AND a.collectivite = :code");
            }
            if (login != null && !login.isBlank()) {
                jpql.append(" AND a.login = :login");
            }
            if (from != null) {
                jpql.append(" AND a.horodatage >= :from");
            }
            if (to != null) {
                jpql.append(" AND a.horodatage < :to");
            }
            jpql.append(" ORDER BY a.id DESC");
            TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(limit);
            if (code != null) {
                q.setParameter("code", code);
            }
            if (login != null && !login.isBlank()) {
                q.setParameter("login", login);
            }
            if (from != null) {
                q.setParameter("from", from.atStartOfDay());
            }
            if (to != null) {
                q.setParameter("to", to.plusDays(1).atStartOfDay());
            }
            return q.getResultList().stream().map(AuditEntry::toLine).toList();
        });
    }
}
