package fr.mutualis.payroll.api;

import java.util.regex.Pattern;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * The NIR (numéro d'inscription au répertoire, the social security number): 13 characters then a 2-digit key equal to
 * 97 minus the number modulo 97, where a birth département 2A (Corse-du-Sud) counts as 19 and 2B (Haute-Corse) as 18.
 * Messages never repeat the number, so they can be shown and logged safely.
 */
public final class Nir {

    private static final Pattern CARACTERES = Pattern.compile("\\d{5}(\\d{2}|2[AB])\\d{8}");
    private static final Pattern MOIS = Pattern.compile("0[1-9]|1[0-2]|[2-3]\\d|4[0-2]|[5-9]\\d");

    private Nir() {
    }

    /** The NIR as typed, without spaces, dots or dashes, in capitals ("1 85 05 2A …" becomes "18505 2A…"). */
    public static String normaliser(String saisie) {
        return saisie == null ? null : saisie.replaceAll("[\\s.\\-]", "").toUpperCase();
    }

    /** Why the NIR (already normalised) is not valid, in French, or null when it is. */
    public static String probleme(String nir) {
        if (nir == null || nir.isEmpty()) {
            return "NIR manquant : saisissez les 15 caractères du numéro de sécurité sociale (clé comprise).";
        }
        if (nir.length() != 15) {
            return "NIR invalide : 15 caractères attendus (13 pour le numéro, 2 pour la clé), " + nir.length()
                    + " saisi(s).";
        }
        if (!CARACTERES.matcher(nir).matches()) {
            return "NIR invalide : seuls des chiffres sont admis, sauf 2A ou 2B (naissance en Corse) aux 6e et 7e "
                    + "caractères.";
        }
        if (nir.charAt(0) != '1' && nir.charAt(0) != '2') {
            return "NIR invalide : le premier chiffre doit être 1 (homme) ou 2 (femme).";
        }
        if (!MOIS.matcher(nir.substring(3, 5)).matches()) {
            return "NIR invalide : le mois de naissance (4e et 5e chiffres) doit être compris entre 01 et 12 "
                    + "(ou 20 à 42, 50 à 99 pour un mois inconnu).";
        }
        int cle = Integer.parseInt(nir.substring(13));
        if (cle != cle(nir.substring(0, 13))) {
            return "NIR invalide : la clé (deux derniers chiffres) ne correspond pas au numéro. Vérifiez la saisie.";
        }
        return null;
    }

    /**
     * Why a date of birth does not match the NIR (already normalised and valid), in French, or null when it does or
     * when either is missing: the 2nd and 3rd digits are the last two of the year of birth, the 4th and 5th its month
     * (a value outside 01-12 marks a month unknown to the civil registry and is not compared).
     */
    public static String naissanceIncoherente(String nir, java.time.LocalDate dateNaissance) {
        if (dateNaissance == null || nir == null || probleme(nir) != null) {
            return null;
        }
        if (dateNaissance.isAfter(java.time.LocalDate.now())) {
            return "Date de naissance dans le futur.";
        }
        if (Integer.parseInt(nir.substring(1, 3)) != dateNaissance.getYear() % 100) {
            return "Date de naissance incohérente avec le NIR : l'année " + dateNaissance.getYear() + " ne correspond "
                    + "pas aux 2e et 3e chiffres du NIR (année de naissance).";
        }
        int mois = Integer.parseInt(nir.substring(3, 5));
        if (mois >= 1 && mois <= 12 && mois != dateNaissance.getMonthValue()) {
            return "Date de naissance incohérente avec le NIR : le mois " + dateNaissance.getMonthValue()
                    + " ne correspond pas aux 4e et 5e chiffres du NIR (mois de naissance).";
        }
        return null;
    }

    /**
     * The normalised NIR.
     *
     * @throws DonneeInvalideException with {@link #probleme} when it is not valid
     */
    public static String verifier(String saisie) {
        String nir = normaliser(saisie);
        String probleme = probleme(nir);
        if (probleme != null) {
            throw new DonneeInvalideException(probleme);
        }
        return nir;
    }

    /**
     * The 15-character NIR of a 13-character number (already normalised): the number followed by its 2-digit key.
     * For test data and tools; the number itself is not checked.
     */
    public static String avecCle(String numero) {
        return numero + String.format("%02d", cle(numero));
    }

    /** The key of a 13-character number: 97 - (number mod 97), with 2A read as 19 and 2B as 18. */
    static int cle(String numero) {
        String chiffres = numero.substring(0, 5) + switch (numero.substring(5, 7)) {
            case "2A" -> "19";
            case "2B" -> "18";
            default -> numero.substring(5, 7);
        } + numero.substring(7);
        return (int) (97 - Long.parseLong(chiffres) % 97);
    }
}
