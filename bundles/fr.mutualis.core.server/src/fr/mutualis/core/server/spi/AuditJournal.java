package fr.mutualis.core.server.spi;

import java.util.List;

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

    /**
     * Appends one entry per element, in this order, for the current context, as one batch (a lot of 2,000 mandats:
     * one round trip instead of 2,000 inserts).
     *
     * @param em           the entity manager of the write's transaction
     * @param collectivite code of the collectivity concerned, or null
     * @param entries      what was done to which object
     */
    default void record(EntityManager em, String collectivite, List<Entry> entries) {
        entries.forEach(e -> record(em, collectivite, e.operation(), e.objet()));
    }

    /** One entry of {@link #record(EntityManager, String, List)}: operation and object as in the single form. */
    record Entry(String operation, String objet) {
    }
}
