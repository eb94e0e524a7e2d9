package fr.mutualis.budget.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.server.internal.BudgetStore;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.testing.OsgiServices;
import fr.mutualis.testing.TestDatabases;

/**
 * The database's own wall (PostgreSQL, row-level security): a deliberately unfiltered query through the server's
 * normal connection, inside a call for one collectivity, sees only that collectivity's rows, although the table holds
 * two collectivities' budgets; the console (administration) sees both; writing a row of another collectivity is
 * refused by the database. On H2 (no row-level security) the same query sees both: the server's checks are the wall.
 */
class SecuriteParCollectiviteTest {

    @Test
    void anUnfilteredQueryInACallSeesOnlyTheCallsCollectivity() {
        CollectiviteId a = Donnees.nouvelleCommune();
        CollectiviteId b = Donnees.nouvelleCommune();
        Donnees.budgetVote(Donnees.utilisateur(a, Role.ORDONNATEUR, Role.SAISIE), a);
        Donnees.budgetVote(Donnees.utilisateur(b, Role.ORDONNATEUR, Role.SAISIE), b);
        String unfiltered = "SELECT collectivite FROM budget_budget WHERE collectivite IN ('" + a.code() + "', '"
                + b.code() + "') ORDER BY collectivite"; // the WHERE only keeps other tests' rows out: no filter on the call

        List<?> inCallOfA = callFor(a).run(() -> Transactions.read(store(), em -> em.createNativeQuery(unfiltered)
                .getResultList()));
        List<?> asAdministrator = CallContext.console().run(() -> Transactions.read(store(),
                em -> em.createNativeQuery(unfiltered).getResultList()));

        List<String> both = java.util.stream.Stream.of(a.code(), b.code()).sorted().toList();
        assertEquals(both, asAdministrator);
        if (TestDatabases.postgresql()) {
            assertEquals(List.of(a.code()), inCallOfA, "row-level security hides collectivity " + b.code());
            assertEquals(0L, ((Number) callFor(a).run(() -> Transactions.read(store(), em -> em.createNativeQuery(
                    "SELECT COUNT(*) FROM budget_ligne_credit WHERE collectivite = '" + b.code() + "'")
                    .getSingleResult()))).longValue(), "and in every budget table");
            assertEquals(0, (int) callFor(a).run(() -> Transactions.write(store(), em -> em.createNativeQuery(
                    "UPDATE budget_budget SET libelle = 'PIRATE' WHERE collectivite = '" + b.code() + "'")
                    .executeUpdate())), "another collectivity's rows cannot be updated");
            RuntimeException e = assertThrows(RuntimeException.class, () -> callFor(a).run(() -> Transactions.write(
                    store(), em -> em.createNativeQuery("INSERT INTO budget_option (collectivite, engagements) VALUES ('"
                            + b.code() + "', TRUE)").executeUpdate())));
            assertTrue(String.valueOf(e.getMessage()).contains("row-level security"), String.valueOf(e.getMessage()));
            assertEquals(List.of(), CallContext.console().run(() -> Transactions.read(store(), em -> em
                    .createNativeQuery("SELECT libelle FROM budget_budget WHERE libelle = 'PIRATE'").getResultList())));
        } else {
            assertEquals(both, inCallOfA, "H2 has no row-level security");
        }
    }

    private static CallContext callFor(CollectiviteId collectivite) {
        return new CallContext("essai", collectivite, Set.of(Role.LECTURE), "test");
    }

    private static jakarta.persistence.EntityManagerFactory store() {
        return OsgiServices.service(BudgetStore.class).emf();
    }
}
