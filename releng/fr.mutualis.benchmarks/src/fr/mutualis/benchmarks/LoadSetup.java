package fr.mutualis.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;
import fr.mutualis.testing.TestDatabases;

/**
 * The setting of the load simulation: real communes of the reference the server imported, an account, modules and a
 * voted budget for each (through the console), and a logged-in secretary per commune with her supplier and agents.
 */
final class LoadSetup {

    static final String PASSWORD = "charge-mot-de-passe-2026";

    private LoadSetup() {
    }

    /** Real communes of Haute-Savoie and Savoie, from the reference the server imported. */
    static List<String[]> communes(TestDatabases.TestDatabase database, int count) throws SQLException {
        List<String[]> communes = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement("SELECT code, siren, nom "
                + "FROM collectivite WHERE kind = 'COMMUNE' AND departement IN ('74', '73') AND siren IS NOT NULL "
                + "ORDER BY departement DESC, code LIMIT ?")) {
            s.setInt(1, count);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    communes.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
                }
            }
        }
        assertEquals(count, communes.size(), "communes of 73 and 74");
        return communes;
    }

    /** An account per commune (saisie, ordonnateur, paie), its modules, a voted budget primitif. */
    static List<String> setupCommands(List<String[]> communes) throws IOException {
        Path bp = Files.createTempFile("charge-bp-", ".csv");
        Files.writeString(bp, Donnees.BP, StandardCharsets.UTF_8);
        List<String> commands = new ArrayList<>();
        int i = 0;
        for (String[] commune : communes) {
            String code = commune[0];
            i++;
            commands.add("mutualis:useradd -p " + PASSWORD + " " + login(code) + " Secrétaire " + code);
            commands.add("mutualis:grant " + login(code) + " " + code + " saisie ordonnateur paie");
            commands.add("mutualis:enable " + code + " budget");
            commands.add("mutualis:enable " + code + " paie");
            commands.add("mutualis:enable " + code + " urbanisme");
            commands.add(String.format(Locale.ROOT, "budget:create %s 00 principal A 0%s %s %03d BUDGET PRINCIPAL",
                    code, code.substring(0, 2) + String.format(Locale.ROOT, "%03d", i % 1000), siret(commune[1]),
                    i % 1000));
            commands.add("budget:engagements " + code + " non");
            commands.add("budget:import -d 2026-03-30 " + code + " 00 2026 " + bp);
        }
        return commands;
    }

    static String login(String code) {
        return "secretaire." + code.toLowerCase(Locale.ROOT);
    }

    /** The SIRET of the commune's main establishment: its SIREN, NIC 0001x with the Luhn key. */
    static String siret(String siren) {
        for (int d = 0; d <= 9; d++) {
            String candidate = siren + "0001" + d;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int digit = candidate.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no SIRET for " + siren);
    }

    /** Pipes the commands into {@code bin/mutualis-console} of the node; fails on any refusal. */
    static void console(ServerProcess node, List<String> commands) throws Exception {
        Path product = Path.of(System.getProperty(ServerProcess.PRODUCT_PROPERTY));
        ProcessBuilder builder = new ProcessBuilder(product.resolve("bin/mutualis-console").toString())
                .redirectErrorStream(true);
        builder.environment().put("MUTUALIS_DATA", node.dataDirectory().toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        Thread feed = new Thread(() -> {
            try (var in = p.getOutputStream()) {
                in.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the console ended: its output says why
            }
        });
        feed.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the console ends");
        long budgets = out.lines().filter(l -> l.contains("Budget créé")).count();
        assertEquals(commands.size() / 8, budgets, () -> "every budget created:\n"
                + out.substring(Math.max(0, out.length() - 4000)));
    }

    /**
     * Logs every secretary in (half with the node list "A, B", half "B, A", as an operator spreads the clients) and
     * enters her supplier and her 5 to 20 agents; 8 at a time.
     */
    static List<Secretaire> loginAndPrepare(List<String[]> communes, ServerProcess a, ServerProcess b)
            throws Exception {
        Donnees donnees = new Donnees();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Secretaire>> futures = new ArrayList<>();
            int first = 1;
            for (int i = 0; i < communes.size(); i++) {
                String code = communes.get(i)[0];
                String addresses = i % 2 == 0 ? a.address() + ", " + b.address() : b.address() + ", " + a.address();
                int agents = 5 + i % 16;
                int firstAgent = first;
                first += agents;
                futures.add(pool.submit(() -> {
                    Secretaire s = new Secretaire(new CollectiviteId(code), agents,
                            ServerConnection.open(addresses, login(code), PASSWORD));
                    s.prepare(donnees, firstAgent);
                    return s;
                }));
            }
            List<Secretaire> secretaires = new ArrayList<>();
            for (Future<Secretaire> f : futures) {
                secretaires.add(f.get());
            }
            return secretaires;
        } finally {
            pool.shutdownNow();
        }
    }
}
