package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;
import fr.mutualis.testing.TestDatabases;
import fr.mutualis.testing.TestDatabases.TestDatabase;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * Backup and restore of the server product, as the README tells an operator: data in every module, then
 * {@code mutualis:backup} on the running server, {@code bin/mutualis-restore} into a fresh data folder, a new server
 * on it reads everything back through the remote API; restored without the personal-data key it refuses to start.
 */
class BackupRestoreTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final boolean PG = TestDatabases.postgresql();

    @Test
    void everyModulesDataSurvivesABackupAndARestoreIntoAFreshDataFolder() throws Exception {
        Path credits = Files.createTempFile("bp-brizon-", ".csv");
        Files.writeString(credits, "F;D;012;6411;300000;Personnel\nF;R;731;73111;300000;Impôts directs locaux\n",
                StandardCharsets.UTF_8);
        AgentSaisie saisie = PaieRemoteTest.agent(7);
        String numero;
        Path backup = Files.createTempDirectory("mutualis-backup-").resolve(PG ? "brizon.dump" : "brizon.zip");
        Path original;
        ServerProcess first = ServerProcess.start(Map.of(), List.of(
                "mutualis:add 74049 commune 550 Brizon",
                "mutualis:useradd -p " + PASSWORD + " gestionnaire Paule Gestionnaire",
                "mutualis:grant gestionnaire 74049 paie saisie ordonnateur lecture",
                "mutualis:enable 74049 paie",
                "mutualis:enable 74049 urbanisme"));
        original = first.dataDirectory();
        try (ServerConnection c = ServerConnection.open(first.address(), "gestionnaire", PASSWORD)) {
            c.service(AgentService.class).creerAgent(BRIZON, saisie);
            numero = c.service(UrbanismeService.class).deposer(BRIZON, pcmi()).numero();
        }
        first.stop();
        // mutualis:backup on a running server (its init script is the console here), right after writes
        try (ServerProcess server = first.restart(List.of(
                "mutualis:enable 74049 budget",
                "budget:create 74049 00 principal A 074001 21740049800010 123 COMMUNE DE BRIZON - BUDGET PRINCIPAL",
                "budget:import -d 2026-03-30 74049 00 2026 " + credits,
                "mutualis:backup " + backup))) {
            assertTrue(server.output().contains("Sauvegarde écrite : " + backup), server.output());
            assertTrue(server.output().contains("Clé des données personnelles (non incluse, à sauvegarder avec ce "
                    + "fichier) : " + original.resolve("secrets/personal-data.key")), server.output());
            // every module's schema version, as the restore will check them (PostgreSQL adds its own policies')
            for (String module : List.of("budget", "core", "paie", "urbanisme")) {
                assertTrue(java.util.regex.Pattern.compile("Versions de schéma : .*\\b" + module + " [1-9]")
                        .matcher(server.output()).find(), server.output());
            }
        }

        Path sansCle = Files.createTempDirectory("mutualis-restored-nokey-");
        try (TestDatabase database = PG ? TestDatabases.create() : null) {
            assertEquals(0, restore(backup, sansCle, null, database));
            assertRefused(sansCle, database, "Démarrage refusé : la clé des données personnelles "
                    + sansCle.resolve("secrets/personal-data.key") + " manque alors que la base en contient");
            assertFalse(Files.exists(sansCle.resolve("secrets/personal-data.key")), "no new key generated");
            byte[] autre = new byte[32];
            new java.security.SecureRandom().nextBytes(autre);
            Files.createDirectories(sansCle.resolve("secrets"));
            Files.writeString(sansCle.resolve("secrets/personal-data.key"), Base64.getEncoder().encodeToString(autre));
            assertRefused(sansCle, database, "Démarrage refusé : la clé des données personnelles n'est pas celle de "
                    + "cette base");
        }

        Path restored = Files.createTempDirectory("mutualis-restored-");
        try (TestDatabase database = PG ? TestDatabases.create() : null) {
            assertEquals(0, restore(backup, restored, original.resolve("secrets/personal-data.key"), database));
            readBack(ServerProcess.startIn(restored, configuration(database), List.of("mutualis:show 74049")),
                    saisie, numero);
        }
    }

    private static void assertRefused(Path data, TestDatabase database, String line) {
        ServerProcess refused = ServerProcess.spawn(data, configuration(database), List.of("mutualis:users"));
        try {
            assertEquals(2, refused.awaitExit(Duration.ofSeconds(60)), refused.output());
            assertTrue(refused.output().contains(line), refused.output());
        } finally {
            refused.close();
        }
    }

    private static Map<String, String> configuration(TestDatabase database) {
        return database == null ? Map.of() : database.configuration();
    }

    private static void readBack(ServerProcess restarted, AgentSaisie saisie, String numero) {
        try (ServerProcess server = restarted;
                ServerConnection c = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            assertTrue(server.output().contains("Brizon"), server.output());
            List<Agent> agents = c.service(AgentService.class).agents(BRIZON);
            assertEquals(1, agents.size());
            assertEquals(saisie.nir(), agents.get(0).donnees().nir(), "the NIR is deciphered with the restored key");
            FicheBudget budget = c.service(BudgetService.class).budgets(BRIZON).get(0);
            assertEquals(List.of(2026), budget.exercicesVotes());
            DossierDetail dossier = c.service(UrbanismeService.class).consulter(BRIZON, numero);
            assertEquals("Durand", dossier.petitionnaire().nom());
        }
    }

    /** Runs {@code bin/mutualis-restore} of the product (into {@code database} on PostgreSQL); its exit status. */
    private static int restore(Path backup, Path data, Path key, TestDatabase database)
            throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty(ServerProcess.PRODUCT_PROPERTY), "bin/mutualis-restore");
        List<String> command = new ArrayList<>(List.of(script.toString()));
        if (database != null) {
            URI uri = URI.create(database.url().substring("jdbc:".length()));
            command.addAll(List.of("--pg", "host=" + uri.getHost() + " port=" + uri.getPort() + " dbname="
                    + database.name() + " user=" + database.user()));
        }
        if (key != null) {
            command.addAll(List.of("--key", key.toString()));
        }
        command.addAll(List.of(backup.toString(), data.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (database != null) {
            builder.environment().put("PGPASSWORD", database.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        System.out.println("BackupRestoreTest: " + String.join(" ", command) + "\n" + output);
        assertTrue(output.contains(database == null ? "Base restaurée dans " + data.resolve("db")
                : "Base PostgreSQL restaurée depuis " + backup), output);
        return process.exitValue();
    }

    private static DepotDossier pcmi() {
        return DepotDossier.initial(TypeDossier.PCMI, LocalDate.now(), CanalDepot.ELECTRONIQUE, "13406*07",
                new Petitionnaire("Durand", "Marie", "1 place de l'Église, 74130 Brizon", "marie.durand@example.org"),
                "Chemin des Prés, Brizon", List.of(new Parcelle("AB", 12)), "Maison individuelle de 110 m²");
    }
}
