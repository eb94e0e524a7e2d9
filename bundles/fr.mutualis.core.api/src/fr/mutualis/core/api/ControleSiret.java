package fr.mutualis.core.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * SIREN (9 digits) and SIRET (14 digits) check digits, by the Luhn formula. A SIRET is valid when both the SIRET and
 * its SIREN pass. Exception: the establishments of La Poste (SIREN 356000000) were too many for the Luhn key, so a SIRET
 * 356000000xxxxx is also valid when the sum of its 14 digits is a multiple of 5 (INSEE rule, as implemented by
 * python-stdnum and INSEE's validinsee); the head office 35600000000048 passes Luhn.
 */
public final class ControleSiret {

    private static final String SIREN_LA_POSTE = "356000000";
    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Pattern SIRET = Pattern.compile("\\d{14}");

    private ControleSiret() {
    }

    public static boolean sirenValide(String siren) {
        return siren != null && SIREN.matcher(siren).matches() && luhn(siren);
    }

    public static boolean siretValide(String siret) {
        if (siret == null || !SIRET.matcher(siret).matches()) {
            return false;
        }
        if (luhn(siret) && sirenValide(siret.substring(0, 9))) {
            return true;
        }
        return siret.startsWith(SIREN_LA_POSTE) && siret.chars().map(c -> c - '0').sum() % 5 == 0;
    }

    /** French messages for an identifier that is neither a valid SIREN nor a valid SIRET; empty when valid or null. */
    public static List<String> verifier(String identifiant) {
        if (identifiant == null) {
            return List.of();
        }
        return switch (identifiant.length()) {
            case 9 -> sirenValide(identifiant) ? List.of()
                    : List.of("SIREN invalide : " + identifiant + " (9 chiffres dont une clé de contrôle).");
            case 14 -> siretValide(identifiant) ? List.of()
                    : List.of("SIRET invalide : " + identifiant + " (14 chiffres dont une clé de contrôle).");
            default -> List.of("Identifiant invalide : " + identifiant
                    + " (attendu : SIREN de 9 chiffres ou SIRET de 14 chiffres).");
        };
    }

    /** The nine digits of a SIREN: {@code huitChiffres} followed by its Luhn key. */
    public static String avecCle(String huitChiffres) {
        if (huitChiffres == null || !huitChiffres.matches("\\d{8}")) {
            throw new IllegalArgumentException("8 digits expected: " + huitChiffres);
        }
        for (int cle = 0; cle <= 9; cle++) {
            if (luhn(huitChiffres + cle)) {
                return huitChiffres + cle;
            }
        }
        throw new IllegalStateException("no Luhn key for " + huitChiffres);
    }

    /**
     * Luhn: from the right, double every second digit, subtract 9 above 9; the sum must be a multiple of 10. False for
     * anything but digits.
     */
    static boolean luhn(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            int chiffre = chiffres.charAt(chiffres.length() - 1 - i) - '0';
            if (chiffre < 0 || chiffre > 9) {
                return false;
            }
            if (i % 2 == 1) {
                chiffre *= 2;
                if (chiffre > 9) {
                    chiffre -= 9;
                }
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }
}
