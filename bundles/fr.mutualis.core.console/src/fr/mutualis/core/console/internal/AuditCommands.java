package fr.mutualis.core.console.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.Table;
import fr.mutualis.core.server.admin.Administration;

/** Gogo command reading the audit journal. */
@Component(service = AuditCommands.class, property = { "osgi.command.scope=mutualis", "osgi.command.function=audit" })
public final class AuditCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Administration admin;

    @Activate
    public AuditCommands(@Reference Administration admin) {
        this.admin = admin;
    }

    @Descriptor("Affiche le journal d'audit (les plus récents d'abord), filtré par collectivité, utilisateur et dates")
    public Object audit(
            @Descriptor("code de la collectivité") @Parameter(names = { "-c", "--collectivite" }, absentValue = "") String code,
            @Descriptor("identifiant de l'utilisateur") @Parameter(names = { "-u", "--user" }, absentValue = "") String login,
            @Descriptor("à partir du (AAAA-MM-JJ)") @Parameter(names = { "-f", "--from" }, absentValue = "") String from,
            @Descriptor("jusqu'au (AAAA-MM-JJ, inclus)") @Parameter(names = { "-t", "--to" }, absentValue = "") String to,
            @Descriptor("nombre maximal de lignes") @Parameter(names = { "-n", "--max" }, absentValue = "50") String max) {
        return Console.run(() -> {
            Table table = new Table("N°", "Horodatage", "Utilisateur", "Collectivité", "Opération", "Objet", "Adresse")
                    .right(0);
            int limit = Math.max(1, Integers.parse(max));
            admin.audit(code, login, date(from), date(to), limit).forEach(a -> table.row(a.id(),
                    TIME.format(a.horodatage()), a.login(), a.collectivite(), a.operation(), a.objet(), a.adresseClient()));
            return table + Console.number(table.size()) + " entrée(s)";
        });
    }

    private static LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DonneeInvalideException("Date invalide « " + text + " » : format attendu AAAA-MM-JJ.");
        }
    }
}
