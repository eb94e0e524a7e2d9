package fr.mutualis.core.api;

import java.util.regex.Pattern;

/**
 * IBAN check (ISO 13616-1), for every IBAN the product records (a tiers' account, an agent's account): 2-letter
 * country code, 2 check digits, then 11 to 30 letters or digits (27 characters in all for France); the number with
 * its first four characters moved to the end and every letter replaced by two digits (A = 10 … Z = 35) is 1 modulo 97
 * (ISO 7064 MOD 97-10). The PES V2 file requires capitals (dossier technique PES V2, type TBancaire). Messages never
 * repeat the IBAN, which is personal data, so they can be shown and logged safely.
 */
public final class ControleIban {

    private static final Pattern FORME = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final int LONGUEUR_FRANCE = 27;

    private ControleIban() {
    }

    /** True for a valid IBAN written without spaces, in capitals. */
    public static boolean valide(String iban) {
        return iban != null && probleme(iban) == null;
    }

    /** Why the IBAN (without spaces, in capitals) is not valid, in French, or null when it is. */
    public static String probleme(String iban) {
        if (iban == null || iban.isEmpty()) {
            return "IBAN manquant : 2 lettres de pays, 2 chiffres de clé puis le numéro de compte (27 caractères "
                    + "pour un compte en France).";
        }
        if (!FORME.matcher(iban).matches()) {
            return "IBAN invalide : 2 lettres de pays, 2 chiffres de clé, puis 11 à 30 lettres ou chiffres sans "
                    + "espace (" + iban.length() + " caractère(s) saisi(s)).";
        }
        if (iban.startsWith("FR") && iban.length() != LONGUEUR_FRANCE) {
            return "IBAN invalide : un IBAN français compte 27 caractères, " + iban.length() + " saisi(s).";
        }
        if (modulo97(iban) != 1) {
            return "IBAN invalide : la clé de contrôle (3e et 4e caractères) ne correspond pas au numéro. Vérifiez "
                    + "la saisie sur le relevé d'identité bancaire.";
        }
        return null;
    }

    /** ISO 7064 MOD 97-10 of the IBAN, first four characters moved to the end, letters as 10 to 35. */
    static int modulo97(String iban) {
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
