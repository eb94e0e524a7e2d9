package fr.mutualis.core.api;

/**
 * Text from outside (a login typed at a connection, a file name, a libellé) made safe to write in a log line, the
 * audit journal or a console: control characters (C0, DEL, C1), line and paragraph separators and the bidirectional
 * overrides are replaced by a visible {@code \xNN} / {@code \u005CuNNNN} escape, so one entry stays one line and no
 * terminal escape sequence or forged entry can be injected.
 */
public final class SafeText {

    private SafeText() {
    }

    /** The text with every unsafe character escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Whether a character must not reach a log, journal or terminal as is. */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
