package fr.mutualis.budget.server.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeBordereau;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.CompteurEntity;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * The numbering series of a budget and exercice, one counter row each. A write locks its rows ({@code SELECT … FOR
 * UPDATE}) in its own transaction and advances them with the insertions, so a number is given exactly once and a
 * rolled-back write leaves no gap. Every write that affects credits first locks the series {@value #CREDITS}: credit
 * checks and numbers of one budget and exercice are then taken one transaction at a time.
 */
final class Compteurs {

    static final String CREDITS = "CREDITS";
    static final String ENGAGEMENT = "ENGAGEMENT";

    private Compteurs() {
    }

    /** MANDAT or TITRE. */
    static String pieces(Sens sens) {
        return sens == Sens.DEPENSE ? "MANDAT" : "TITRE";
    }

    /** e.g. BORDEREAU-D-01: a sequence per direction and type, as Hélios checks IdBord. */
    static String bordereaux(Sens sens, TypeBordereau type) {
        return "BORDEREAU-" + sens.code() + "-" + type.code();
    }

    /**
     * Counters known to exist (a counter row is never deleted; a restored database is opened by a restarted server),
     * so that a write of a known series reads nothing before its transaction.
     */
    private static final Set<String> EXISTANTS = ConcurrentHashMap.newKeySet();

    /** Creates the counters that do not exist yet, each in its own transaction (a concurrent creation is fine). */
    static void assurer(EntityManagerFactory emf, BudgetEntity budget, int exercice, String... series) {
        for (String serie : series) {
            String cle = budget.getId() + "/" + exercice + "/" + serie;
            if (EXISTANTS.contains(cle)) {
                continue;
            }
            boolean existe = Transactions.read(emf,
                    em -> !requete(em, budget.getId(), exercice, serie).getResultList().isEmpty());
            if (!existe) {
                try {
                    Transactions.run(emf, em -> em.persist(
                            new CompteurEntity(budget.getCollectivite(), budget.getId(), exercice, serie)));
                } catch (RuntimeException e) {
                    if (!ConflitsSql.doublon(e)) {
                        throw e;
                    }
                }
            }
            EXISTANTS.add(cle);
        }
    }

    /** The counter row, locked until the caller's transaction ends. */
    static CompteurEntity verrouiller(EntityManager em, BudgetEntity budget, int exercice, String serie) {
        return requete(em, budget.getId(), exercice, serie).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    private static TypedQuery<CompteurEntity> requete(EntityManager em, long budgetId, int exercice, String serie) {
        return em.createQuery("SELECT c FROM CompteurEntity c WHERE c.budgetId = :b AND c.exercice = :e "
                + "AND c.serie = :s", CompteurEntity.class).setParameter("b", budgetId).setParameter("e", exercice)
                .setParameter("s", serie);
    }
}
