package fr.mutualis.budget.server.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes an amount in euros in French words, as a bordereau is "arrêté à la somme de …", in the traditional spelling:
 * hyphens below one hundred, "et" in 21, 31… 71, "quatre-vingts" and "deux cents" take an s only at the end of the
 * number, "mille" never does, "millions" and "milliards" do and are followed by "d'euros" when nothing comes after.
 */
public final class MontantEnLettres {

    private static final String[] UNITES = { "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
            "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize" };
    private static final String[] DIZAINES = { "", "dix", "vingt", "trente", "quarante", "cinquante", "soixante" };

    private MontantEnLettres() {
    }

    /** 1234.50 becomes "mille deux cent trente-quatre euros et cinquante centimes". */
    public static String euros(BigDecimal montant) {
        BigDecimal positif = montant.setScale(2, RoundingMode.UNNECESSARY).abs();
        long euros = positif.setScale(0, RoundingMode.DOWN).longValueExact();
        int centimes = positif.remainder(BigDecimal.ONE).movePointRight(2).intValueExact();
        StringBuilder texte = new StringBuilder(montant.signum() < 0 ? "moins " : "");
        texte.append(nombre(euros));
        texte.append(euros % 1_000_000 == 0 && euros != 0 ? " d'euros" : euros > 1 ? " euros" : " euro");
        if (centimes > 0) {
            texte.append(" et ").append(nombre(centimes)).append(centimes > 1 ? " centimes" : " centime");
        }
        return texte.toString();
    }

    static String nombre(long n) {
        if (n == 0) {
            return UNITES[0];
        }
        StringBuilder texte = new StringBuilder();
        long milliards = n / 1_000_000_000L;
        long millions = n / 1_000_000 % 1000;
        long milliers = n / 1000 % 1000;
        long reste = n % 1000;
        if (milliards > 0) {
            texte.append(centaines((int) milliards, false)).append(milliards > 1 ? " milliards" : " milliard");
        }
        if (millions > 0) {
            ajouter(texte, centaines((int) millions, false) + (millions > 1 ? " millions" : " million"));
        }
        if (milliers > 0) {
            ajouter(texte, milliers == 1 ? "mille" : centaines((int) milliers, false) + " mille");
        }
        if (reste > 0) {
            ajouter(texte, centaines((int) reste, true));
        }
        return texte.toString();
    }

    private static void ajouter(StringBuilder texte, String mot) {
        if (!texte.isEmpty()) {
            texte.append(' ');
        }
        texte.append(mot);
    }

    /** 1 to 999; {@code fin} is true when nothing follows (then "cents" and "quatre-vingts" take their s). */
    private static String centaines(int n, boolean fin) {
        int c = n / 100;
        int r = n % 100;
        StringBuilder texte = new StringBuilder();
        if (c > 0) {
            texte.append(c == 1 ? "cent" : UNITES[c] + " cent");
            if (c > 1 && r == 0 && fin) {
                texte.append('s');
            }
        }
        if (r > 0) {
            ajouter(texte, dizaines(r, fin));
        }
        return texte.toString();
    }

    private static String dizaines(int n, boolean fin) {
        if (n <= 16) {
            return UNITES[n];
        }
        if (n < 20) {
            return "dix-" + UNITES[n - 10];
        }
        int d = n / 10;
        int u = n % 10;
        if (d == 7 || d == 9) {
            String base = d == 7 ? "soixante" : "quatre-vingt";
            return base + (d == 7 && u == 1 ? " et " : "-") + dizaines(10 + u, fin);
        }
        if (d == 8) {
            return u == 0 ? (fin ? "quatre-vingts" : "quatre-vingt") : "quatre-vingt-" + UNITES[u];
        }
        return DIZAINES[d] + (u == 0 ? "" : u == 1 ? " et un" : "-" + UNITES[u]);
    }
}
