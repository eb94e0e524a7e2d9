package fr.mutualis.budget.api;

import java.util.regex.Pattern;

/** Formats of the codes that several records share. */
final class Codes {

    static final Pattern CHAPITRE = Pattern.compile("[0-9A-Z]{2,10}");
    static final String CHAPITRE_ATTENDU = "un code de chapitre ou un numéro d'opération, ex. 011, 65, 21";
    static final Pattern ARTICLE = Pattern.compile("\\d{2,10}");
    static final String ARTICLE_ATTENDU = "un numéro de compte, ex. 60632";
    static final Pattern FONCTION = Pattern.compile("\\d{1,4}");
    static final String FONCTION_ATTENDU = "une référence fonctionnelle M57, ex. 020";
    static final Pattern DEUX_CHIFFRES = Pattern.compile("\\d{2}");

    private Codes() {
    }
}
