package fr.mutualis.budget.server.internal.console;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.Nomenclature;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.RapportEquilibre;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.api.TypeBudget;
import fr.mutualis.budget.api.VoteBudget;
import fr.mutualis.budget.server.importation.LecteurCsvBudget;
import fr.mutualis.budget.server.internal.Options;
import fr.mutualis.budget.server.internal.Referentiels;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.Table;

/** Gogo commands of the budget module (scope budget): budgets, import of a budget primitif, execution, options. */
@Component(service = BudgetCommands.class, property = { "osgi.command.scope=budget",
        "osgi.command.function=list", "osgi.command.function=create", "osgi.command.function=import",
        "osgi.command.function=execution", "osgi.command.function=engagements", "osgi.command.function=plans",
        "osgi.command.function=tiers", "osgi.command.function=loadtiers" })
public final class BudgetCommands {

    private final BudgetService budgets;
    private final Referentiels referentiels;
    private final Options options;
    private final TiersService tiers;

    @Activate
    public BudgetCommands(@Reference BudgetService budgets, @Reference Referentiels referentiels,
            @Reference Options options, @Reference TiersService tiers) {
        this.budgets = budgets;
        this.referentiels = referentiels;
        this.options = options;
        this.tiers = tiers;
    }

    @Descriptor("Liste les budgets d'une collectivité (budget principal et budgets annexes)")
    public Object list(@Descriptor("code de la collectivité (INSEE ou SIREN)") String code) {
        return Console.run(() -> {
            CollectiviteId id = CollectiviteId.of(code);
            Table table = new Table("CodBud", "Libellé", "Type", "Nomenclature", "IdPost", "IdColl", "CodCol",
                    "BP votés");
            List<FicheBudget> fiches = budgets.budgets(id);
            fiches.forEach(f -> table.row(f.code(), f.budget().libelle(), f.budget().type().libelle(),
                    f.budget().declinaison().libelle(), f.budget().idPost(), f.budget().idColl(), f.budget().codCol(),
                    f.exercicesVotes().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            return table + Console.number(table.size()) + " budget(s)" + (fiches.isEmpty() ? "" : " ; comptabilité "
                    + "d'engagement " + (fiches.get(0).comptabiliteEngagement() ? "activée" : "non tenue"));
        });
    }

    @Descriptor("Crée un budget avec ses paramètres Hélios (le libellé est celui écrit dans LibelleColBud)")
    public Object create(@Descriptor("code de la collectivité") String code,
            @Descriptor("code budget Hélios (CodBud), ex. 00") String codBud,
            @Descriptor("type : principal ou annexe") String type,
            @Descriptor("nomenclature : A (M57 abrégée) ou D (M57 développée)") String declinaison,
            @Descriptor("poste comptable (IdPost)") String idPost,
            @Descriptor("SIRET du budget (IdColl)") String idColl,
            @Descriptor("code collectivité Hélios (CodCol)") String codCol,
            @Descriptor("libellé") String... libelle) {
        return Console.run(() -> {
            Budget budget = new Budget(libelle == null ? null : String.join(" ", libelle), type(type),
                    declinaison(declinaison), idPost, idColl, codCol, codBud);
            FicheBudget fiche = budgets.creerBudget(CollectiviteId.of(code), budget);
            return "Budget créé : " + fiche.libelle() + ", " + fiche.budget().declinaison().libelle() + ".";
        });
    }

    @Descriptor("Importe et vote le budget primitif d'un budget depuis un fichier CSV (format : docs/budget.md) ; "
            + "tout ou rien")
    public Object _import(
            @Descriptor("date du vote (AAAA-MM-JJ), par défaut aujourd'hui") @Parameter(names = { "-d", "--date" }, absentValue = "") String date,
            @Descriptor("taux de fongibilité voté, en % (ex. 7.5), par défaut 0") @Parameter(names = { "-t", "--taux" }, absentValue = "0") String taux,
            @Descriptor("capital de la dette à rembourser dans l'exercice (contrôle L1612-4), par défaut les crédits du chapitre 16") @Parameter(names = { "-c", "--capital" }, absentValue = "") String capital,
            @Descriptor("code de la collectivité") String code,
            @Descriptor("code budget (CodBud)") String codBud,
            @Descriptor("exercice (AAAA)") String annee,
            @Descriptor("fichier CSV (UTF-8)") String... fichier) {
        return Console.run(() -> {
            CollectiviteId id = CollectiviteId.of(code);
            int exercice = exercice(annee);
            FicheBudget fiche = fiche(id, codBud);
            Path chemin = Path.of(fichier == null ? "" : String.join(" ", fichier));
            List<LigneCredit> lignes;
            try (Reader csv = Files.newBufferedReader(chemin, StandardCharsets.UTF_8)) {
                lignes = LecteurCsvBudget.lire(csv, referentiels.plan(exercice, fiche.budget().declinaison()));
            } catch (NoSuchFileException e) {
                throw new DonneeInvalideException("Fichier introuvable : " + chemin.toAbsolutePath() + ".");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LocalDate vote = date.isBlank() ? LocalDate.now() : date(date);
            RapportEquilibre rapport = budgets.voter(id, new VoteBudget(codBud,
                    new DecisionBudgetaire(EtapeBudgetaire.BP, exercice, vote, lignes),
                    nombre(taux, "taux").movePointLeft(2), capital.isBlank() ? null : nombre(capital, "capital")));
            StringBuilder sb = new StringBuilder("Budget primitif " + exercice + " de « " + fiche.budget().libelle()
                    + " » voté le " + vote + " : " + lignes.size() + " chapitre(s).\n");
            for (Section section : Section.values()) {
                sb.append("  Section ").append(section.complement()).append(" : dépenses ")
                        .append(euros(total(lignes, section, Sens.DEPENSE))).append(", recettes ")
                        .append(euros(total(lignes, section, Sens.RECETTE))).append('\n');
            }
            rapport.observations().forEach(o -> sb.append("  ").append(o).append('\n'));
            Nomenclature plan = referentiels.plan(exercice, fiche.budget().declinaison()).resume();
            String notice = PlanComptable.avertissement(plan, exercice);
            sb.append("  Nomenclature : ").append(plan.declinaison().libelle()).append(' ').append(plan.exercice())
                    .append(notice == null ? "" : " (" + notice + ")");
            return sb.toString();
        });
    }

    @Descriptor("Affiche l'exécution par chapitre d'un budget : crédits ouverts, engagé, mandaté ou titré, disponible")
    public Object execution(
            @Descriptor("à la date du (AAAA-MM-JJ), par défaut le 31/12 de l'exercice") @Parameter(names = { "-d", "--date" }, absentValue = "") String date,
            @Descriptor("code de la collectivité") String code,
            @Descriptor("code budget (CodBud)") String codBud,
            @Descriptor("exercice (AAAA)") String annee) {
        return Console.run(() -> {
            int exercice = exercice(annee);
            RapportExecution rapport = budgets.execution(CollectiviteId.of(code), codBud, exercice,
                    date.isBlank() ? null : date(date));
            Table table = new Table("Section", "Sens", "Chapitre", "Crédits ouverts", "Engagé", "Mandaté/titré",
                    "Disponible").right(3).right(4).right(5).right(6);
            for (LigneExecution l : rapport.lignes()) {
                table.row(l.section().code(), l.sens().code(), libelleCourt(rapport.libelle(l.chapitre())),
                        euros(l.creditsOuverts()), euros(l.engage()), euros(l.realise()), euros(l.disponible()));
            }
            String notice = PlanComptable.avertissement(rapport.nomenclature(), exercice);
            return rapport.budget().libelle() + " — exécution " + exercice + " au " + rapport.date() + "\n" + table
                    + Console.number(table.size()) + " chapitre(s)" + (notice == null ? "" : "\n" + notice);
        });
    }

    @Descriptor("Active ou désactive la comptabilité d'engagement d'une collectivité")
    public Object engagements(@Descriptor("code de la collectivité") String code,
            @Descriptor("oui ou non") String valeur) {
        return Console.run(() -> {
            boolean actives = switch (valeur == null ? "" : valeur.strip().toLowerCase(Locale.ROOT)) {
                case "oui" -> true;
                case "non" -> false;
                default -> throw new DonneeInvalideException("Répondez oui ou non, pas « " + valeur + " ».");
            };
            options.engagements(CollectiviteId.of(code), actives);
            return "Comptabilité d'engagement " + (actives ? "activée" : "désactivée") + " pour " + code + ".";
        });
    }

    @Descriptor("Liste le répertoire des tiers d'une collectivité (IBAN masqué)")
    public Object tiers(@Descriptor("code de la collectivité") String code) {
        return Console.run(() -> {
            Table table = new Table("N°", "Nom", "SIRET/SIREN", "Ville", "IBAN", "Actif").right(0);
            for (FicheTiers f : tiers.tiers(CollectiviteId.of(code))) {
                table.row(f.id(), f.tiers().nomComplet(), f.tiers().identifiant() == null ? "" : f.tiers().identifiant(),
                        f.tiers().adresse().codePostal() + " " + f.tiers().adresse().ville(),
                        f.iban() == null ? "" : f.iban(), f.actif() ? "oui" : "non");
            }
            return table + Console.number(table.size()) + " tiers";
        });
    }

    @Descriptor("Importe des tiers depuis un fichier CSV (colonnes : docs/budget.md) ; tout ou rien, avec la liste "
            + "des lignes refusées")
    public Object loadtiers(@Descriptor("code de la collectivité") String code,
            @Descriptor("fichier CSV (UTF-8, séparateur ;)") String... fichier) {
        return Console.run(() -> {
            Path chemin = Path.of(fichier == null ? "" : String.join(" ", fichier));
            String contenu;
            try {
                contenu = Files.readString(chemin, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new DonneeInvalideException("Fichier introuvable : " + chemin.toAbsolutePath() + ".");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<FicheTiers> ajoutes = tiers.importerTiers(CollectiviteId.of(code), contenu);
            return Console.number(ajoutes.size()) + " tiers importé(s) dans le répertoire de " + code + ".";
        });
    }

    @Descriptor("Liste les plans de comptes M57 chargés au démarrage du serveur")
    public Object plans() {
        return Console.run(() -> {
            Table table = new Table("Exercice", "Nomenclature", "Chapitres", "Articles", "Fonctions").right(2).right(3)
                    .right(4);
            referentiels.chargees().forEach(n -> table.row(n.exercice(), n.declinaison().libelle(),
                    n.nombreChapitres(), n.nombreArticles(), n.nombreFonctions()));
            return table + "Un budget d'un exercice sans plan livré utilise le plan le plus récent antérieur.";
        });
    }

    private FicheBudget fiche(CollectiviteId id, String codBud) {
        return budgets.budgets(id).stream().filter(f -> f.code().equals(codBud)).findFirst()
                .orElseThrow(() -> new DonneeInvalideException("Budget « " + codBud + " » inconnu pour la collectivité "
                        + id.code() + " (voir budget:list " + id.code() + ")."));
    }

    private static String libelleCourt(String libelle) {
        return libelle.length() <= 48 ? libelle : libelle.substring(0, 47) + "…";
    }

    private static BigDecimal total(List<LigneCredit> lignes, Section section, Sens sens) {
        return lignes.stream().filter(l -> l.section() == section && l.sens() == sens).map(LigneCredit::montant)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static TypeBudget type(String texte) {
        return switch (texte == null ? "" : texte.strip().toLowerCase(Locale.ROOT)) {
            case "principal" -> TypeBudget.PRINCIPAL;
            case "annexe" -> TypeBudget.ANNEXE;
            default -> throw new DonneeInvalideException("Type de budget inconnu « " + texte
                    + " » : principal ou annexe.");
        };
    }

    private static Declinaison declinaison(String texte) {
        return switch (texte == null ? "" : texte.strip().toUpperCase(Locale.ROOT)) {
            case "A", "M57_A" -> Declinaison.M57_A;
            case "D", "M57_D" -> Declinaison.M57_D;
            default -> throw new DonneeInvalideException("Nomenclature inconnue « " + texte
                    + " » : A (M57 abrégée) ou D (M57 développée).");
        };
    }

    private static LocalDate date(String texte) {
        try {
            return LocalDate.parse(texte.strip());
        } catch (DateTimeParseException e) {
            throw new DonneeInvalideException("Date invalide « " + texte + " » : format attendu AAAA-MM-JJ.");
        }
    }

    /** Parsed here: with an int parameter Gogo turns the other numeric words into numbers, and CodBud 00 into 0. */
    private static int exercice(String texte) {
        if (texte == null || !texte.strip().matches("\\d{4}")) {
            throw new DonneeInvalideException("Exercice invalide « " + texte + " » : une année sur 4 chiffres, ex. 2026.");
        }
        return Integer.parseInt(texte.strip());
    }

    private static BigDecimal nombre(String texte, String champ) {
        try {
            return new BigDecimal(texte.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new DonneeInvalideException("Valeur de " + champ + " illisible : « " + texte + " ».");
        }
    }
}
