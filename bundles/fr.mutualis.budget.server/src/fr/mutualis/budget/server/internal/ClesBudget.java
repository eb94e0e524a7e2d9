package fr.mutualis.budget.server.internal;

import java.util.HashMap;
import java.util.Map;

import fr.mutualis.core.server.persistence.Transactions;
import jakarta.persistence.EntityManagerFactory;

/**
 * Keys of the rows written with JDBC batches ({@link EcriturePieces}), taken from {@code budget_sequence} in blocks of
 * at least {@value #BLOC}, each block in a transaction of its own (as EclipseLink's sequence connection did for these
 * tables): a rolled-back write leaves unused keys behind, never a key given twice. A row {@code valeur} is the last
 * key given.
 */
final class ClesBudget {

    static final int BLOC = 50;

    /** Per table: the next key of the block in hand and its last key. */
    private final Map<String, long[]> blocs = new HashMap<>();
    private EntityManagerFactory source;

    /** The first of {@code n} consecutive keys of {@code table}. */
    synchronized long premiere(EntityManagerFactory emf, String table, int n) {
        if (source != emf) { // another database (a store started again): the blocks in hand are not its own
            blocs.clear();
            source = emf;
        }
        long[] bloc = blocs.get(table);
        if (bloc == null || bloc[1] - bloc[0] + 1 < n) {
            int taille = Math.max(n, BLOC);
            long derniere = Transactions.write(emf, em -> {
                if (em.createNativeQuery("UPDATE budget_sequence SET valeur = valeur + ? WHERE nom = ?")
                        .setParameter(1, taille).setParameter(2, table).executeUpdate() != 1) {
                    throw new IllegalStateException("No key row for " + table + " in budget_sequence");
                }
                return ((Number) em.createNativeQuery("SELECT valeur FROM budget_sequence WHERE nom = ?")
                        .setParameter(1, table).getSingleResult()).longValue();
            });
            bloc = new long[] {derniere - taille + 1, derniere};
            blocs.put(table, bloc);
        }
        long premiere = bloc[0];
        bloc[0] += n;
        return premiere;
    }
}
