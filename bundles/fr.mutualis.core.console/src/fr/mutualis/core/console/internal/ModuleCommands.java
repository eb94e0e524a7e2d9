package fr.mutualis.core.console.internal;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.Table;
import fr.mutualis.core.server.admin.Administration;

/**
 * Gogo commands on modules: list, enable and disable a module for a collectivity. {@code enable} and {@code disable}
 * with one argument act on a user account instead (Gogo picks the method by argument count; one command name can
 * only be served by one component, so both forms live here).
 */
@Component(service = ModuleCommands.class, property = { "osgi.command.scope=mutualis",
        "osgi.command.function=modules", "osgi.command.function=enable", "osgi.command.function=disable",
        "osgi.command.function=delegate", "osgi.command.function=undelegate" })
public final class ModuleCommands {

    private final Administration admin;

    @Activate
    public ModuleCommands(@Reference Administration admin) {
        this.admin = admin;
    }

    @Descriptor("Liste les modules installés sur le serveur, ou ceux activés pour une collectivité")
    public Object modules(@Descriptor("code de la collectivité (facultatif)") String... code) {
        return Console.run(() -> {
            boolean forOne = code != null && code.length > 0;
            Table table = new Table("Module", "Libellé");
            (forOne ? admin.show(code[0]).modulesActifs() : admin.availableModules())
                    .forEach((ModuleInfo m) -> table.row(m.id(), m.libelle()));
            return table + Console.number(table.size()) + (forOne ? " module(s) activé(s)" : " module(s) installé(s)");
        });
    }

    @Descriptor("Active un module pour une collectivité")
    public Object enable(@Descriptor("code de la collectivité") String code,
            @Descriptor("module (voir mutualis:modules)") String module) {
        return Console.run(() -> {
            admin.enableModule(code, module);
            return "Module " + module + " activé pour " + admin.show(code).collectivite().libelle() + ".";
        });
    }

    @Descriptor("Désactive un module pour une collectivité (ses données sont conservées)")
    public Object disable(@Descriptor("code de la collectivité") String code,
            @Descriptor("module") String module) {
        return Console.run(() -> {
            admin.disableModule(code, module);
            return "Module " + module + " désactivé pour " + admin.show(code).collectivite().libelle() + ".";
        });
    }

    @Descriptor("Désactive un compte utilisateur : il ne peut plus se connecter et ses sessions sont fermées")
    public Object disable(@Descriptor("identifiant de l'utilisateur") String login) {
        return Console.run(() -> {
            admin.disableUser(login);
            return "Compte " + login + " désactivé ; ses sessions sont fermées.";
        });
    }

    @Descriptor("Réactive un compte utilisateur désactivé")
    public Object enable(@Descriptor("identifiant de l'utilisateur") String login) {
        return Console.run(() -> {
            admin.enableUser(login);
            return "Compte " + login + " réactivé.";
        });
    }

    @Descriptor("Confie le travail d'un module pour des communes à un service (EPCI, syndicat) : ses agents agissent "
            + "alors pour ces communes dans ce module. Sans commune : toutes les communes membres de l'EPCI")
    public Object delegate(@Descriptor("module (ex. urbanisme)") String module,
            @Descriptor("SIREN du service (EPCI ou syndicat)") String service,
            @Descriptor("codes INSEE des communes (facultatif)") String... communes) {
        return Console.run(() -> {
            int n = admin.delegate(module, service, communes == null ? java.util.List.of() : java.util.List.of(communes));
            return "Module " + module + " délégué à " + admin.show(service).collectivite().libelle() + " pour "
                    + Console.number(n) + " commune(s).";
        });
    }

    @Descriptor("Retire la délégation d'un module par une commune")
    public Object undelegate(@Descriptor("module") String module, @Descriptor("code INSEE de la commune") String commune) {
        return Console.run(() -> {
            admin.undelegate(module, commune);
            return "Délégation du module " + module + " retirée pour " + commune + ".";
        });
    }
}
