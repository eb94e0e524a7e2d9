package fr.mutualis.urbanism.server.internal;

import static fr.mutualis.urbanism.server.tests.Essais.aujourdhui;
import static fr.mutualis.urbanism.server.tests.Essais.depot;
import static fr.mutualis.urbanism.server.tests.Essais.deposer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.tests.Essais;

/** Filings made at the same moment in one commune get numbers 1..N: no duplicate, no gap. */
class NumerotationConcurrenteTest {

    private static final int FILS = 8;
    private static final int DEPOTS_PAR_FIL = 6;

    @Test
    void concurrentFilingsAreNumberedWithoutGapsOrDuplicates() throws Exception {
        CollectiviteId commune = Essais.communeNeuve();
        CountDownLatch depart = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(FILS);
        try {
            List<Future<List<Integer>>> resultats = new ArrayList<>();
            for (int fil = 0; fil < FILS; fil++) {
                TypeDossier type = fil % 2 == 0 ? TypeDossier.PC : TypeDossier.PCMI;
                Callable<List<Integer>> deposant = () -> {
                    depart.await();
                    List<Integer> sequences = new ArrayList<>();
                    for (int i = 0; i < DEPOTS_PAR_FIL; i++) {
                        String numero = deposer(commune, depot(type, aujourdhui())).numero();
                        sequences.add(NumeroDossier.parse(numero).sequence());
                    }
                    return sequences;
                };
                resultats.add(executor.submit(deposant));
            }
            depart.countDown();
            List<Integer> toutes = new ArrayList<>();
            for (Future<List<Integer>> resultat : resultats) {
                toutes.addAll(resultat.get());
            }
            toutes.sort(null);
            assertEquals(IntStream.rangeClosed(1, FILS * DEPOTS_PAR_FIL).boxed().toList(), toutes);
            assertEquals(FILS * DEPOTS_PAR_FIL, Essais.traces(commune).dossiers());
        } finally {
            executor.shutdownNow();
        }
    }
}
