package fr.mutualis.budget.server.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import fr.mutualis.core.server.persistence.Transactions;
import jakarta.persistence.EntityManagerFactory;

/**
 * Keys of the rows written with JDBC batches ({@link EcriturePieces}), taken from {@code budget_sequence} in blocks of
 * at least {@value #BLOC}, in a transaction of their own (as EclipseLink's sequence connection did for these tables):
 * a rolled-back write leaves unused keys behind, never a key given twice. A row {@code valeur} is the last key given.
 * The blocks a write lacks for its tables (pièces, lines, documents) are taken in one transaction: with H2's
 * {@code WRITE_DELAY=0} each commit writes the database file, so a lot of 2,000 mandats paid two such writes before.
 */
final class ClesBudget {

    static final int BLOC = 50;

    /** Per table: the next key of the block in hand and its last key. */
    private final Map<String, long[]> blocs = new HashMap<>();
    private EntityManagerFactory source;

    /**
     * For each table, the first of the number of consecutive keys asked ({@code besoins}: table to count; a count of
     * 0 gives 0 and takes nothing).
     */
    synchronized Map<String, Long> premieres(EntityManagerFactory emf, Map<String, Integer> besoins) {
        if (source != emf) { // another database (a store started again): the blocks in hand are not its own
            blocs.clear();
            source = emf;
        }
        Map<String, Integer> manquants = new TreeMap<>(); // rows locked in name order: two writers cannot deadlock
        besoins.forEach((table, n) -> {
            long[] bloc = blocs.get(table);
            if (n > 0 && (bloc == null || bloc[1] - bloc[0] + 1 < n)) {
                manquants.put(table, Math.max(n, BLOC));
            }
        });
        if (!manquants.isEmpty()) {
            blocs.putAll(Transactions.write(emf, em -> {
                Map<String, long[]> pris = new HashMap<>();
                manquants.forEach((table, taille) -> {
                    if (em.createNativeQuery("UPDATE budget_sequence SET valeur = valeur + ? WHERE nom = ?")
                            .setParameter(1, taille).setParameter(2, table).executeUpdate() != 1) {
                        throw new IllegalStateException("No key row for " + table + " in budget_sequence");
                    }
                    long derniere = ((Number) em.createNativeQuery("SELECT valeur FROM budget_sequence WHERE nom = ?")
                            .setParameter(1, table).getSingleResult()).longValue();
                    pris.put(table, new long[] {derniere - taille + 1, derniere});
                });
                return pris;
            }));
        }
        Map<String, Long> premieres = new HashMap<>();
        besoins.forEach((table, n) -> {
            if (n == 0) {
                premieres.put(table, 0L);
                return;
            }
            long[] bloc = blocs.get(table);
            premieres.put(table, bloc[0]);
            bloc[0] += n;
        });
        return premieres;
    }
}
