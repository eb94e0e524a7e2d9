package fr.mutualis.core.console.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.Table;
import fr.mutualis.core.server.admin.BackupReport;
import fr.mutualis.core.server.admin.Health;
import fr.mutualis.core.server.admin.ServerOperations;

/** Gogo commands for the operator: backup of the whole database and the server's health. */
@Component(service = OperationsCommands.class, property = { "osgi.command.scope=mutualis",
        "osgi.command.function=backup", "osgi.command.function=health" })
public final class OperationsCommands {

    private final ServerOperations operations;

    @Activate
    public OperationsCommands(@Reference ServerOperations operations) {
        this.operations = operations;
    }

    @Descriptor("Sauvegarde toute la base (tous les modules) à chaud, de façon cohérente ; restauration : "
            + "bin/mutualis-restore. La clé des données personnelles n'est pas dans la sauvegarde : gardez-la avec")
    public Object backup(@Descriptor("fichier de sauvegarde (facultatif ; par défaut <données>/backups/mutualis-<date>)")
            String... file) {
        return Console.run(() -> {
            BackupReport report = operations.backup(file == null || file.length == 0 ? null : Path.of(file[0]));
            StringBuilder sb = new StringBuilder();
            if (report.file() == null) {
                sb.append("pg_dump n'est pas installé sur le serveur : lancez sur une machine qui l'a :\n  ")
                        .append(report.operatorCommand()).append('\n');
            } else {
                sb.append("Sauvegarde écrite : ").append(report.file()).append(" (")
                        .append(Console.number(report.bytes())).append(" octets)\n");
            }
            sb.append("Versions de schéma : ").append(versions(report.schemaVersions())).append('\n');
            sb.append("Clé des données personnelles (non incluse, à sauvegarder avec ce fichier) : ")
                    .append(report.keyLocation());
            return sb.toString();
        });
    }

    @Descriptor("État du serveur : base joignable et temps de réponse, versions de schéma par module, clients "
            + "connectés, durée de fonctionnement, espace libre du dossier de données")
    public Object health() {
        return Console.run(() -> {
            Health h = operations.health();
            Table table = new Table("Élément", "État");
            table.row("Base de données", h.databaseError() == null
                    ? "joignable (" + String.format(Locale.FRANCE, "%.1f", h.roundTrip().toNanos() / 1e6) + " ms) — "
                            + h.database()
                    : "INJOIGNABLE — " + h.database() + " : " + h.databaseError());
            h.schemaVersions().forEach((module, version) -> table.row("Schéma " + module, "version " + version));
            table.row("Clients connectés", h.connectedClients().isPresent()
                    ? Console.number(h.connectedClients().getAsInt()) : "inconnu");
            table.row("En service depuis", duration(h.uptime()));
            table.row("Espace libre", h.freeSpaceBytes() < 0 ? "inconnu"
                    : String.format(Locale.FRANCE, "%.1f Go", h.freeSpaceBytes() / 1e9) + " (" + h.dataDirectory()
                            + ")");
            return table.toString().stripTrailing();
        });
    }

    private static String versions(java.util.Map<String, Integer> versions) {
        StringBuilder sb = new StringBuilder();
        versions.forEach((m, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(m).append(' ').append(v));
        return sb.toString();
    }

    static String duration(Duration d) {
        long days = d.toDays();
        return (days > 0 ? days + " j " : "") + String.format("%02d h %02d min %02d s", d.toHoursPart(),
                d.toMinutesPart(), d.toSecondsPart());
    }
}
