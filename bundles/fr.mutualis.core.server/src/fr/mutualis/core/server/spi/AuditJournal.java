package fr.mutualis.core.server.spi;

import jakarta.persistence.EntityManager;

/**
 * The append-only audit journal. Every write records who, when, which collectivity, which operation and object, from
 * which client address, inside the transaction of the write (so a rolled-back write leaves no entry).
 */
public interface AuditJournal {

    /**
     * Appends an entry for the current {@link fr.mutualis.core.server.context.CallContext}.
     *
     * @param em           the entity manager of the write's transaction
     * @param collectivite code of the collectivity concerned, or null
     * @param operation    what was done, e.g. {@code mandat.creer}
     * @param objet        which object, e.g. {@code Mandat n°12 (budget principal 2026)}
     */
    void record(EntityManager em, String collectivite, String operation, String objet);
}
