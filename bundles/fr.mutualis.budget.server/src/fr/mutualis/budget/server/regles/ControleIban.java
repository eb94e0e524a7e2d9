package fr.mutualis.budget.server.regles;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * IBAN check (ISO 13616): country code, two check digits and up to 30 characters, the whole being 1 modulo 97 once the
 * first four characters are moved to the end and letters turned into numbers (A = 10 … Z = 35). A French IBAN (FR) has
 * 27 characters.
 */
public final class ControleIban {

    private static final Pattern FORME = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final int LONGUEUR_FR = 27;

    private ControleIban() {
    }

    /** The IBAN as a user may type it ("fr76 3000 …") without spaces and in capitals. */
    public static String normaliser(String saisie) {
        return saisie.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** True for a valid IBAN written without spaces, in capitals. */
    public static boolean valide(String iban) {
        return iban != null && FORME.matcher(iban).matches()
                && (!iban.startsWith("FR") || iban.length() == LONGUEUR_FR) && modulo97(iban) == 1;
    }

    public static List<String> verifier(String iban) {
        if (iban == null || valide(iban)) {
            return List.of();
        }
        if (iban.startsWith("FR") && iban.length() != LONGUEUR_FR) {
            return List.of("IBAN invalide : " + iban + " (un IBAN français compte 27 caractères, pas " + iban.length() + ").");
        }
        return List.of("IBAN invalide : " + iban + " (clé de contrôle incorrecte ou caractères non autorisés).");
    }

    private static int modulo97(String iban) {
        String reordonne = iban.substring(4) + iban.substring(0, 4);
        int reste = 0;
        for (char c : reordonne.toCharArray()) {
            int valeur = Character.digit(c, 36);
            reste = (valeur > 9 ? reste * 100 : reste * 10) + valeur;
            reste %= 97;
        }
        return reste;
    }
}
