package fr.mutualis.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.OsgiServices;

/**
 * Many calls at once over ECF, as 8 clients of a region make them: requests and responses are written on the
 * calling threads (no sender thread), several threads share a connection, answers and refusals are interleaved.
 * Every caller must get the answer to its own request: the collectivity it asked for, or the refusal for the one it
 * is not a member of. A message written over another on a connection, or a response handed to the wrong caller,
 * fails here.
 */
class ConcurrentCallsTest {

    static final String PASSWORD = "appels-concurrents-2026";
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final int USERS = 4;
    static final int CONNECTIONS_PER_USER = 2;
    static final int THREADS_PER_CONNECTION = 2;
    static final int CALLS = 120;

    static final List<CollectiviteId> communes = new ArrayList<>();
    static final List<ServerConnection> connections = new ArrayList<>();

    @BeforeAll
    static void setUp() throws Exception {
        ServerConfig config = OsgiServices.service(ServerConfig.class);
        String address = "ecftcp://localhost:" + config.getInt("remote.port", 3288) + "/server";
        Administration admin = OsgiServices.service(Administration.class);
        CallContext.console().run(() -> {
            for (int i = 0; i < USERS; i++) {
                communes.add(commune(admin, "Concurrente " + i));
            }
            for (int i = 0; i < USERS; i++) {
                admin.addUser(login(i), "Concurrent " + i, PASSWORD);
                admin.grant(login(i), communes.get(i).code(), EnumSet.of(Role.LECTURE));
                admin.grant(login(i), communes.get((i + 1) % USERS).code(), EnumSet.of(Role.LECTURE));
            }
            return null;
        });
        for (int i = 0; i < USERS; i++) {
            for (int c = 0; c < CONNECTIONS_PER_USER; c++) {
                connections.add(ServerConnection.open(address, login(i), PASSWORD));
            }
        }
    }

    @AfterAll
    static void close() {
        connections.forEach(ServerConnection::close);
    }

    private static CollectiviteId commune(Administration admin, String nom) {
        return TestCommunes.nouvelle(admin, "97", nom, RUN);
    }

    private static String login(int user) {
        return ("c" + RUN + ".concurrent" + user).toLowerCase();
    }

    @Test
    void everyCallerGetsItsOwnAnswer() throws Exception {
        int threads = connections.size() * THREADS_PER_CONNECTION;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int connection = k / THREADS_PER_CONNECTION;
                int user = connection / CONNECTIONS_PER_USER;
                int offset = k;
                CollectiviteService service = connections.get(connection).service(CollectiviteService.class);
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    int answered = 0;
                    for (int i = 0; i < CALLS; i++) {
                        switch ((i + offset) % 3) {
                            case 0, 1 -> {
                                CollectiviteId asked = communes.get((user + (i + offset) % 3) % USERS);
                                assertEquals(asked, service.consulter(asked).collectivite().id());
                            }
                            default -> assertThrows(AccesRefuseException.class,
                                    () -> service.consulter(communes.get((user + 2) % USERS)));
                        }
                        answered++;
                    }
                    return answered;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(CALLS, result.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
