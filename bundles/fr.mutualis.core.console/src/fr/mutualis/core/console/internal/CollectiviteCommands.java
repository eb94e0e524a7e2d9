package fr.mutualis.core.console.internal;

import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.Table;
import fr.mutualis.core.server.admin.Administration;

/** Gogo commands on collectivities: list, show, members, add, import. */
@Component(service = CollectiviteCommands.class, property = { "osgi.command.scope=mutualis",
        "osgi.command.function=list", "osgi.command.function=show", "osgi.command.function=members",
        "osgi.command.function=add", "osgi.command.function=import" })
public final class CollectiviteCommands {

    private final Administration admin;

    @Activate
    public CollectiviteCommands(@Reference Administration admin) {
        this.admin = admin;
    }

    @Descriptor("Liste les collectivités dont le nom, le code ou le département correspond au filtre")
    public Object list(
            @Descriptor("nombre maximal de lignes") @Parameter(names = { "-n", "--max" }, absentValue = "50") String max,
            @Descriptor("filtre (nom, code INSEE ou SIREN, département) ; vide = toutes") String... filter) {
        return Console.run(() -> {
            String f = filter == null ? "" : String.join(" ", filter);
            List<Collectivite> found = admin.list(f, Math.max(1, Integers.parse(max)));
            int total = admin.count(f);
            Table table = new Table("Code", "Nom", "Type", "Dép.", "Population", "EPCI").right(4);
            found.forEach(c -> table.row(c.id().code(), c.nom(), c.kind().libelle(), c.departement(),
                    Console.number(c.population()), c.epciNom()));
            return table + Console.number(total) + " collectivité(s)"
                    + (total > found.size() ? ", " + found.size() + " affichée(s) (option -n pour plus)" : "");
        });
    }

    @Descriptor("Affiche une collectivité : identité, EPCI, population, modules activés")
    public Object show(@Descriptor("code INSEE (commune) ou SIREN (EPCI, syndicat)") String code) {
        return Console.run(() -> {
            CollectiviteDetail d = admin.show(code);
            Collectivite c = d.collectivite();
            StringBuilder sb = new StringBuilder();
            sb.append(c.nom()).append('\n');
            sb.append("  Code        : ").append(c.id().code()).append('\n');
            sb.append("  SIREN       : ").append(c.siren() == null ? "-" : c.siren()).append('\n');
            sb.append("  Type        : ").append(c.kind().libelle()).append('\n');
            sb.append("  Département : ").append(c.departement() == null ? "-" : c.departement()).append('\n');
            sb.append("  Population  : ").append(Console.number(c.population())).append('\n');
            if (c.kind() == CollectiviteKind.EPCI) {
                sb.append("  Membres     : ").append(d.nombreMembres()).append(" communes (mutualis:members ")
                        .append(c.id().code()).append(")\n");
            } else {
                sb.append("  EPCI        : ").append(c.epci() == null ? "aucun" : c.epciNom() + " (" + c.epci().code() + ")")
                        .append('\n');
            }
            sb.append("  Modules     : ").append(d.modulesActifs().isEmpty() ? "aucun"
                    : String.join(", ", d.modulesActifs().stream().map(ModuleInfo::id).toList()));
            for (String delegation : admin.delegations(code)) {
                sb.append("\n  Délégation  : ").append(delegation);
            }
            return sb.toString();
        });
    }

    @Descriptor("Liste les communes membres d'un EPCI")
    public Object members(@Descriptor("SIREN de l'EPCI") String epci) {
        return Console.run(() -> {
            Table table = new Table("Code", "Commune", "Population").right(2);
            admin.members(epci).forEach(c -> table.row(c.id().code(), c.nom(), Console.number(c.population())));
            return table + Console.number(table.size()) + " commune(s) membre(s)";
        });
    }

    @Descriptor("Ajoute une collectivité saisie à la main (un syndicat, par exemple)")
    public Object add(
            @Descriptor("EPCI de rattachement (SIREN), pour une commune") @Parameter(names = { "-e", "--epci" }, absentValue = "") String epci,
            @Descriptor("code INSEE (commune) ou SIREN (EPCI, syndicat)") String code,
            @Descriptor("type : commune, epci ou syndicat") String kind,
            @Descriptor("population") String population,
            @Descriptor("nom officiel") String... nom) {
        return Console.run(() -> {
            Collectivite c = admin.add(code, nom == null ? null : String.join(" ", nom), kind(kind),
                    Integers.parse(population), epci.isBlank() ? null : epci);
            return "Collectivité ajoutée : " + c.libelle() + ", " + c.kind().libelle() + ".";
        });
    }

    private static CollectiviteKind kind(String text) {
        for (CollectiviteKind kind : CollectiviteKind.values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return kind;
            }
        }
        throw new DonneeInvalideException("Type de collectivité inconnu « " + text
                + " ». Types possibles : commune, epci, syndicat.");
    }

    @Descriptor("Importe (ou met à jour) toutes les communes et tous les EPCI du référentiel INSEE ; sans chemin, "
            + "la copie livrée avec le serveur")
    public Object _import(@Descriptor("dossier contenant communes.json et epci.json (ou .gz)") String... path) {
        return Console.run(() -> admin.importReferentiel(path == null || path.length == 0 ? null
                : Path.of(String.join(" ", path))).summary());
    }
}
