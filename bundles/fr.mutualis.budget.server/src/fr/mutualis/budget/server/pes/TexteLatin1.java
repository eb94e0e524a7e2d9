package fr.mutualis.budget.server.pes;

/**
 * The PES is written in ISO-8859-1. Typographic characters users paste from word processors (’ “ ” – — … œ € and
 * non-breaking spaces) are turned into their plain Latin-1 equivalents; any other character outside Latin-1 is left
 * to the serializer, which writes it as a numeric character reference.
 */
final class TexteLatin1 {

    private TexteLatin1() {
    }

    static String nettoyer(String texte) {
        StringBuilder resultat = new StringBuilder(texte.length());
        for (char c : texte.toCharArray()) {
            resultat.append(switch (c) {
                case '\u2018', '\u2019' -> "'";
                case '\u201C', '\u201D' -> "\"";
                case '\u2013', '\u2014' -> "-";
                case '\u2026' -> "...";
                case '\u0153' -> "oe";
                case '\u0152' -> "OE";
                case '\u20AC' -> "EUR";
                case '\u00A0', '\u202F' -> " ";
                default -> String.valueOf(c);
            });
        }
        return resultat.toString();
    }
}
