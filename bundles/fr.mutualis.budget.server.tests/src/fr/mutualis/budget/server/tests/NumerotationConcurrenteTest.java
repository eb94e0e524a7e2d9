package fr.mutualis.budget.server.tests;

import static fr.mutualis.budget.server.tests.Donnees.BUDGET;
import static fr.mutualis.budget.server.tests.Donnees.EXERCICE;
import static fr.mutualis.budget.server.tests.Donnees.FOURNITURES;
import static fr.mutualis.budget.server.tests.Donnees.JOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.PreparationBordereau;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

/**
 * Invariants under concurrency: pièce and bordereau numbers run 1, 2, 3… without gaps nor duplicates, and the credits
 * of a chapter are never exceeded, whatever the number of users writing at the same time (the counter rows are locked
 * in each writing transaction).
 */
class NumerotationConcurrenteTest extends CommuneAvecBudget {

    private static final int FILS = 8;

    @Test
    void concurrentMandatsAreNumberedWithoutGaps() throws Exception {
        ExecutionService execution = ordonnateur.service(ExecutionService.class);
        List<Callable<Integer>> taches = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            taches.add(() -> execution.emettre(commune, Donnees.mandat(tiers, FOURNITURES, "100")).numero());
        }
        List<Integer> numeros = enParallele(FILS, taches);
        assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), numeros.stream().sorted().toList());
        assertEquals(40, execution.registre(commune, BUDGET, EXERCICE, Sens.DEPENSE).size());
    }

    @Test
    void concurrentMandatsNeverExceedTheCredits() throws Exception {
        ExecutionService execution = ordonnateur.service(ExecutionService.class);
        Imputation subvention = new Imputation(Section.FONCTIONNEMENT, "65", "65748", "025", null);
        List<Callable<String>> taches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            taches.add(() -> ecrire(() -> execution.emettre(commune, Donnees.mandat(tiers, subvention, "500"))));
        }
        List<String> resultats = enParallele(FILS, taches);
        assertEquals(6, resultats.stream().filter(EMIS::equals).count(), resultats.toString());
        assertTrue(resultats.stream().filter(r -> !r.equals(EMIS))
                .allMatch(r -> r.startsWith("Crédits insuffisants au chapitre 65 ")), resultats.toString());
        assertEquals(new BigDecimal("3000.00"), Donnees.valeur("SELECT SUM(montant) FROM budget_piece WHERE "
                + "collectivite = ?", commune.code()));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), execution.registre(commune, BUDGET, EXERCICE, Sens.DEPENSE).stream()
                .map(l -> l.numero()).toList());
    }

    @Test
    void concurrentlySentBordereauxAreNumberedWithoutGaps() throws Exception {
        ExecutionService execution = ordonnateur.service(ExecutionService.class);
        BordereauService bordereaux = ordonnateur.service(BordereauService.class);
        List<Long> projets = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            execution.emettre(commune, Donnees.mandat(tiers, FOURNITURES, "10"));
            projets.add(bordereaux.preparer(commune,
                    new PreparationBordereau(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, List.of(i))).id());
        }
        List<Callable<FicheBordereau>> taches = projets.stream()
                .<Callable<FicheBordereau>>map(id -> () -> bordereaux.envoyer(commune, id)).toList();
        List<Integer> numeros = enParallele(FILS, taches).stream().map(FicheBordereau::numero).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6), numeros.stream().sorted().toList());
        List<FicheBordereau> envoyes = bordereaux.bordereaux(commune, BUDGET, EXERCICE);
        FicheBordereau sixieme = envoyes.stream().filter(b -> b.numero() == 6).findFirst().orElseThrow();
        assertEquals(new BigDecimal("50.00"), sixieme.cumulAnterieur(), "cumulation of the five before it");
    }
}
