package fr.mutualis.budget.server.nomenclature;

import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.Article;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * The articles of the M57 abrégée 2024 that a small commune uses in most years, grouped by the chapter they feed; used
 * to propose a first budget. Every chapter of a commune's budget by nature is fed by at least one of them, including
 * the forecast lines 001, 002, 020 to 024 (accounts with the chapter's own code in the plan de comptes).
 */
public final class ArticlesCourants {

    public static final List<String> CODES = List.of(
            // 011 Charges à caractère général
            "60611", "60612", "60622", "60632", "6064", "611", "615221", "615231", "6156", "6161", "622", "626",
            "627", "6281",
            // 012 Charges de personnel, 014 Atténuations de produits
            "633", "6411", "6413", "6450", "7392221",
            // 65 Autres charges de gestion courante, 66 Charges financières, 67 Charges spécifiques
            "6553", "6558", "65311", "657363", "65748", "66111", "673",
            // 68 Dotations (réel) and 042 (ordre): dotation aux amortissements
            "681",
            // 013 Atténuations de charges, 70 Produits des services
            "6419", "70311", "70388", "7067",
            // 73 Impôts et taxes, 731 Fiscalité locale, 74 Dotations et participations
            "73111", "73211", "73223", "74111", "741121", "744", "7473", "74834",
            // 75, 76, 77 (réel), 042 (ordre, recette), 78
            "752", "761", "773", "777", "781",
            // 20, 204, 21, 23 Immobilisations
            "202", "203", "204182", "2111", "2131", "2151", "2183", "2184", "2188", "231",
            // 16 Emprunts, 10 Dotations et fonds, 13 Subventions, 26, 27, 4581/4582 Opérations sous mandat
            "1641", "165", "10222", "10226", "1068", "1321", "1322", "1323", "13461", "261", "275", "4581", "4582",
            // 040 (ordre): reprise de subvention en dépense, amortissement en recette
            "13911", "28183",
            // Prévision only: reports, dépenses imprévues, virement entre sections, cessions
            "001", "002", "020", "021", "022", "023", "024");

    private ArticlesCourants() {
    }

    /** The articles of {@link #CODES} as the plan defines them, in the order of {@link #CODES}. */
    public static List<Article> dans(PlanDeComptes plan) {
        List<Article> articles = new ArrayList<>();
        List<String> absents = new ArrayList<>();
        for (String code : CODES) {
            plan.article(code).ifPresentOrElse(articles::add, () -> absents.add(code));
        }
        if (!absents.isEmpty()) {
            throw new DonneeInvalideException("Articles courants absents du plan de comptes "
                    + plan.declinaison().name() + " " + plan.exercice() + " : " + String.join(", ", absents) + ".");
        }
        return List.copyOf(articles);
    }
}
