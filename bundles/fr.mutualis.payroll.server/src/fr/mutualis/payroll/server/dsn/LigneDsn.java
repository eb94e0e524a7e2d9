package fr.mutualis.payroll.server.dsn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a DSN file: {@code Sxx.Gyy.zz.nnn,'value'} (cahier technique DSN, "schéma physique du fichier").
 *
 * @param code  the rubric, e.g. {@code S21.G00.30.001}
 * @param valeur its value, without the quotes
 */
public record LigneDsn(String code, String valeur) {

    private static final Pattern LIGNE = Pattern.compile("(S\\d{2}\\.G\\d{2}\\.\\d{2}\\.\\d{3}),'(.*)'");

    /** The block of the rubric: {@code S21.G00.30} for {@code S21.G00.30.001}. */
    public String bloc() {
        return code.substring(0, 10);
    }

    /** The rubric's number within its block: 1 for {@code S21.G00.30.001}. */
    public int numero() {
        return Integer.parseInt(code.substring(11));
    }

    /** The line as written in the file. */
    public String texte() {
        return code + ",'" + valeur + "'";
    }

    /** The line read back, or null when it does not have the shape of a DSN line. */
    public static LigneDsn lire(String texte) {
        Matcher m = LIGNE.matcher(texte);
        return m.matches() ? new LigneDsn(m.group(1), m.group(2)) : null;
    }
}
