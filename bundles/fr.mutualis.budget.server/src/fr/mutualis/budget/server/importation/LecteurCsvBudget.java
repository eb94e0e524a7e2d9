package fr.mutualis.budget.server.importation;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.csv.LectureCsv;
import fr.mutualis.core.server.csv.LigneCsv;

/**
 * Reads a budget primitif from a CSV file (format in docs/budget.md): one line per budget line
 * {@code section;sens;chapitre;article;montant[;libellé]}, separator {@code ;}, UTF-8, read through {@link LectureCsv}
 * (a label holding a {@code ;} is written between quotes). Blank lines and lines starting with {@code #} are ignored,
 * so is the first other line when it starts with {@code section} (header). The article is
 * optional; when given it must feed the chapter in the plan de comptes. Lines are added up per chapter (the level of vote). Any broken
 * line refuses the whole file, every problem being reported with its line number.
 */
public final class LecteurCsvBudget {

    private static final Pattern CHAPITRE = Pattern.compile("[0-9A-Z]{2,10}");
    private static final Pattern ARTICLE = Pattern.compile("\\d{2,10}");
    private static final Pattern MONTANT = Pattern.compile("\\d{1,13}([.,]\\d{1,2})?");

    private LecteurCsvBudget() {
    }

    /**
     * @return the credits voted per chapter, in the order chapters first appear
     * @throws DonneeInvalideException listing every broken line; nothing is returned then
     */
    public static List<LigneCredit> lire(Reader csv, PlanDeComptes plan) {
        List<String> erreurs = new ArrayList<>();
        Map<String, LigneCredit> parChapitre = new LinkedHashMap<>();
        boolean enTete = true; // the header, when there is one, is the first line that is neither blank nor a comment
        for (LigneCsv ligne : LectureCsv.lire(csv)) {
            boolean premiere = enTete;
            enTete = false;
            if (premiere && ligne.texte().toLowerCase(Locale.ROOT).startsWith("section")) {
                continue;
            }
            lireLigne(ligne, plan, erreurs).ifPresent(l -> parChapitre.merge(
                    l.section().code() + l.sens().code() + l.chapitre(), l,
                    (a, b) -> new LigneCredit(a.chapitre(), a.section(), a.sens(), a.montant().add(b.montant()))));
        }
        if (erreurs.isEmpty() && parChapitre.isEmpty()) {
            erreurs.add("Le fichier ne contient aucune ligne de budget.");
        }
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
        return List.copyOf(parChapitre.values());
    }

    private static Optional<LigneCredit> lireLigne(LigneCsv ligne, PlanDeComptes plan, List<String> erreurs) {
        String[] champs = ligne.champs().toArray(String[]::new);
        String prefixe = "Ligne " + ligne.numero() + " : ";
        if (champs.length < 5 || champs.length > 6) {
            erreurs.add(prefixe + champs.length + " champ(s) au lieu de 5 ou 6 (section;sens;chapitre;article;montant"
                    + "[;libellé]) : « " + ligne.texte() + " ».");
            return Optional.empty();
        }
        int avant = erreurs.size();
        Section section = switch (champs[0].strip().toUpperCase(Locale.ROOT)) {
            case "F" -> Section.FONCTIONNEMENT;
            case "I" -> Section.INVESTISSEMENT;
            default -> {
                erreurs.add(prefixe + "section « " + champs[0].strip() + " » inconnue (F ou I).");
                yield null;
            }
        };
        Sens sens = switch (champs[1].strip().toUpperCase(Locale.ROOT)) {
            case "D" -> Sens.DEPENSE;
            case "R" -> Sens.RECETTE;
            default -> {
                erreurs.add(prefixe + "sens « " + champs[1].strip() + " » inconnu (D ou R).");
                yield null;
            }
        };
        String chapitre = champs[2].strip().toUpperCase(Locale.ROOT);
        if (!CHAPITRE.matcher(chapitre).matches()) {
            erreurs.add(prefixe + "chapitre « " + champs[2].strip() + " » invalide (ex. 011, 65, 21).");
        }
        String article = champs[3].strip();
        if (!article.isEmpty() && !ARTICLE.matcher(article).matches()) {
            erreurs.add(prefixe + "article « " + article + " » invalide (un numéro de compte, ex. 60632).");
        }
        String montant = champs[4].replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        if (!MONTANT.matcher(montant).matches()) {
            erreurs.add(prefixe + "montant « " + champs[4].strip() + " » illisible (ex. 12000,00 ; positif, deux "
                    + "décimales au plus).");
        }
        if (erreurs.size() > avant) {
            return Optional.empty();
        }
        if (!article.isEmpty()) {
            Optional<Article> compte = plan.article(article);
            if (compte.isEmpty()) {
                List<String> subdivisions = plan.articles().stream().map(Article::code)
                        .filter(code -> code.startsWith(article)).limit(4).toList();
                erreurs.add(prefixe + (subdivisions.isEmpty()
                        ? "article " + article + " inconnu ou supprimé du plan de comptes " + plan.declinaison().name()
                                + " " + plan.exercice() + "."
                        : "le compte " + article + " est subdivisé dans le plan de comptes " + plan.declinaison().name()
                                + " " + plan.exercice() + " : imputez sur l'une de ses subdivisions ("
                                + String.join(", ", subdivisions) + "…)."));
                return Optional.empty();
            }
            if (!compte.get().alimente(chapitre, sens)) {
                erreurs.add(prefixe + "l'article " + article + " « " + compte.get().libelle()
                        + " » n'alimente pas le chapitre " + chapitre + " en " + sens.libelle() + ".");
                return Optional.empty();
            }
        }
        return Optional.of(new LigneCredit(chapitre, section, sens, new BigDecimal(montant.replace(',', '.'))));
    }
}
