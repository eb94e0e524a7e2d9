package fr.mutualis.budget.server.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;

/**
 * The starting point of the execution tests, before each test: a new commune, its ordonnateur, its budget
 * {@link Donnees#BUDGET} voted for {@link Donnees#EXERCICE} and a supplier; and the way they write from several
 * threads at once.
 */
abstract class CommuneAvecBudget {

    /** What {@link #ecrire} answers when the write went through. */
    static final String EMIS = "émis";

    CollectiviteId commune;
    Utilisateur ordonnateur;
    long tiers;

    @BeforeEach
    void communeAvecBudget() {
        commune = Donnees.nouvelleCommune();
        Donnees.sansEngagements(commune);
        ordonnateur = Donnees.utilisateur(commune, Role.ORDONNATEUR);
        Donnees.budgetVote(ordonnateur, commune);
        tiers = Donnees.fournisseur(ordonnateur, commune).id();
    }

    /** Runs the tasks on {@code fils} threads at once and returns their results, in the order of the tasks. */
    static <T> List<T> enParallele(int fils, List<Callable<T>> taches) throws Exception {
        ExecutorService executeur = Executors.newFixedThreadPool(fils);
        try {
            List<T> resultats = new ArrayList<>();
            for (Future<T> f : executeur.invokeAll(taches)) {
                resultats.add(f.get());
            }
            return resultats;
        } finally {
            executeur.shutdown();
        }
    }

    /** {@link #EMIS} when the write went through, else the message of its refusal. */
    static String ecrire(Runnable ecriture) {
        try {
            ecriture.run();
            return EMIS;
        } catch (DonneeInvalideException e) {
            return e.getMessage();
        }
    }
}
