package fr.mutualis.core.console.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.Table;
import fr.mutualis.core.server.parametres.Affichage;
import fr.mutualis.core.server.parametres.ParametreDate;
import fr.mutualis.core.server.parametres.ParametresPublies;
import fr.mutualis.core.server.parametres.ValeurDatee;

/**
 * {@code mutualis:parameters [module] [key]}: the effective-dated parameters of every module, shown the same way
 * whatever the module (each contributes them as a {@link ParametresPublies} service).
 */
@Component(service = ParameterCommands.class, property = { "osgi.command.scope=mutualis",
        "osgi.command.function=parameters" })
public final class ParameterCommands {

    private static final int REFERENCE_MAX = 70;

    private final List<ParametresPublies> services;

    @Activate
    public ParameterCommands(@Reference(cardinality = ReferenceCardinality.MULTIPLE,
            policyOption = ReferencePolicyOption.GREEDY) List<ParametresPublies> services) {
        this.services = List.copyOf(services);
    }

    @Descriptor("Liste les paramètres datés des modules (valeur en vigueur, référence juridique) ; avec un module et "
            + "une clé, l'historique complet de ce paramètre")
    public Object parameters(@Descriptor("module (ex. paie), puis clé du paramètre (facultatifs)") String... args) {
        return Console.run(() -> {
            int n = args == null ? 0 : args.length;
            if (n > 2) {
                throw new DonneeInvalideException("Usage : mutualis:parameters [module] [clé].");
            }
            List<ParametresPublies.DuModule> modules = services.stream().map(ParametresPublies::parametresDuModule)
                    .sorted(Comparator.comparing(ParametresPublies.DuModule::module)).toList();
            if (n == 2) {
                return historique(parametre(module(modules, args[0]), args[1]));
            }
            Table table = new Table("Module", "Clé", "Valeur en vigueur", "Depuis", "Référence");
            LocalDate aujourdhui = LocalDate.now();
            for (ParametresPublies.DuModule module : n == 1 ? List.of(module(modules, args[0])) : modules) {
                for (ParametreDate<?> parametre : module.parametres()) {
                    var valeur = parametre.enVigueurAu(aujourdhui);
                    table.row(module.module(), parametre.cle(),
                            valeur.map(v -> Affichage.valeur(v.valeur())).orElse("aucune"),
                            valeur.map(ValeurDatee::dateEffet).orElse(null),
                            valeur.map(v -> court(v.reference().texte())).orElse(""));
                }
            }
            return table + Console.number(table.size()) + " paramètre(s) ; l'historique d'un paramètre : "
                    + "mutualis:parameters <module> <clé>";
        });
    }

    private static String historique(ParametreDate<?> parametre) {
        Table table = new Table("Depuis", "Valeur", "Référence juridique");
        for (ValeurDatee<?> valeur : parametre.valeurs()) {
            table.row(valeur.dateEffet(), Affichage.valeur(valeur.valeur()), valeur.reference().complete());
        }
        return parametre.cle() + " : " + parametre.libelle() + "\n" + table + Console.number(table.size())
                + " valeur(s)";
    }

    private static ParametresPublies.DuModule module(List<ParametresPublies.DuModule> modules, String id) {
        return modules.stream().filter(module -> module.module().equals(id)).findFirst()
                .orElseThrow(() -> new DonneeInvalideException("Aucun paramètre pour le module « " + id
                        + " ». Modules : " + String.join(", ", modules.stream().map(ParametresPublies.DuModule::module)
                                .toList()) + "."));
    }

    private static ParametreDate<?> parametre(ParametresPublies.DuModule module, String cle) {
        return module.parametres().stream().filter(parametre -> parametre.cle().equals(cle)).findFirst()
                .orElseThrow(() -> new DonneeInvalideException("Paramètre inconnu du module " + module.module()
                        + " : « " + cle + " » (mutualis:parameters " + module.module() + " les liste)."));
    }

    private static String court(String texte) {
        return texte.length() <= REFERENCE_MAX ? texte : texte.substring(0, REFERENCE_MAX - 1) + "…";
    }
}
