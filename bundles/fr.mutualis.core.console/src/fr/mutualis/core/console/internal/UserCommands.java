package fr.mutualis.core.console.internal;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.Habilitation;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.api.SafeText;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.Table;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.admin.UserView;

/** Gogo commands on users and their roles per collectivity. */
@Component(service = UserCommands.class, property = { "osgi.command.scope=mutualis",
        "osgi.command.function=users", "osgi.command.function=user", "osgi.command.function=useradd",
        "osgi.command.function=passwd", "osgi.command.function=grant", "osgi.command.function=revoke",
        "osgi.command.function=unlock" })
public final class UserCommands {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Administration admin;

    @Activate
    public UserCommands(@Reference Administration admin) {
        this.admin = admin;
    }

    @Descriptor("Liste les utilisateurs")
    public Object users() {
        return Console.run(() -> {
            Table table = new Table("Identifiant", "Nom", "État", "Collectivités");
            admin.users().forEach(u -> table.row(u.login(), u.nom(), state(u), u.habilitations().size()));
            return table + Console.number(table.size()) + " utilisateur(s)";
        });
    }

    @Descriptor("Affiche un utilisateur et ses rôles par collectivité")
    public Object user(@Descriptor("identifiant") String login) {
        return Console.run(() -> {
            UserView u = admin.showUser(login);
            StringBuilder sb = new StringBuilder(SafeText.escape(u.nom())).append(" (").append(u.login()).append(")\n");
            sb.append("  État    : ").append(state(u)).append('\n');
            sb.append("  Créé le : ").append(DATE.format(u.createdAt())).append('\n');
            Table table = new Table("Code", "Collectivité", "Rôles");
            for (Habilitation h : u.habilitations()) {
                table.row(h.collectivite().code(), h.nomCollectivite(), h.roles().stream().sorted()
                        .map(r -> r.name().toLowerCase().replace('_', '-')).collect(Collectors.joining(", ")));
            }
            return sb.append(table.size() == 0 ? "  Aucune habilitation." : table.toString().stripTrailing()).toString();
        });
    }

    private static String state(UserView u) {
        if (u.disabled()) {
            return "désactivé";
        }
        if (u.locked()) {
            return "verrouillé jusqu'à " + DATE_TIME.format(u.lockedUntil()) + " (" + u.failedAttempts() + " échecs)";
        }
        return u.failedAttempts() > 0 ? "actif (" + u.failedAttempts() + " échec(s))" : "actif";
    }

    @Descriptor("Crée un utilisateur ; sans -p, un mot de passe est généré et affiché une seule fois")
    public Object useradd(
            @Descriptor("mot de passe (10 caractères au moins)") @Parameter(names = { "-p", "--password" }, absentValue = "") String password,
            @Descriptor("identifiant (a-z, 0-9, . - _)") String login,
            @Descriptor("nom affiché") String... nom) {
        return Console.run(() -> {
            String generated = admin.addUser(login, nom == null ? null : String.join(" ", nom),
                    password.isEmpty() ? null : password);
            return "Utilisateur " + login + " créé." + (generated == null ? ""
                    : "\nMot de passe (affiché une seule fois) : " + generated);
        });
    }

    @Descriptor("Change le mot de passe d'un utilisateur ; sans mot de passe, en génère un")
    public Object passwd(@Descriptor("identifiant") String login,
            @Descriptor("nouveau mot de passe (facultatif)") String... password) {
        return Console.run(() -> {
            String generated = admin.setPassword(login, password == null || password.length == 0 ? null
                    : String.join(" ", password));
            return "Mot de passe de " + login + " changé." + (generated == null ? ""
                    : "\nNouveau mot de passe (affiché une seule fois) : " + generated);
        });
    }

    @Descriptor("Accorde des rôles à un utilisateur sur une collectivité (" + "lecture, saisie, ordonnateur, paie, "
            + "urbanisme-instructeur, administrateur)")
    public Object grant(@Descriptor("identifiant") String login,
            @Descriptor("code de la collectivité") String code,
            @Descriptor("rôles") String... roles) {
        return Console.run(() -> {
            Set<Role> parsed = parse(roles);
            admin.grant(login, code, parsed);
            return "Rôles accordés à " + login + " sur " + admin.show(code).collectivite().libelle() + " : "
                    + names(parsed) + ".";
        });
    }

    @Descriptor("Retire des rôles (ou, sans rôle, toutes les habilitations) d'un utilisateur sur une collectivité")
    public Object revoke(@Descriptor("identifiant") String login,
            @Descriptor("code de la collectivité") String code,
            @Descriptor("rôles (facultatif)") String... roles) {
        return Console.run(() -> {
            admin.revoke(login, code, parse(roles));
            return "Habilitations de " + login + " sur " + code + " retirées.";
        });
    }

    @Descriptor("Déverrouille sans attendre un compte verrouillé après des échecs de connexion (le verrou expire "
            + "aussi de lui-même)")
    public Object unlock(@Descriptor("identifiant") String login) {
        return Console.run(() -> {
            admin.unlock(login);
            return "Compte " + login + " déverrouillé.";
        });
    }

    private static Set<Role> parse(String... roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (String role : roles) {
                parsed.add(Role.parse(role));
            }
        }
        return parsed;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(r -> r.name().toLowerCase().replace('_', '-')).collect(Collectors.joining(", "));
    }
}
