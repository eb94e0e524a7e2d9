package fr.mutualis.core.console.internal;

import java.util.regex.Pattern;

/** A console command line as it is journaled: passwords typed on it are replaced by {@code ***}. */
final class CommandLines {

    private static final Pattern PASSWD = Pattern.compile("^(\\s*(?:mutualis:)?passwd\\s+\\S+)\\s+\\S.*$");
    private static final Pattern PASSWORD_OPTION = Pattern.compile("((?:^|\\s)(?:-p|--password)(?:\\s+|=))\\S+");

    private CommandLines() {
    }

    static String redact(String line) {
        String redacted = PASSWD.matcher(line).replaceFirst("$1 ***");
        return PASSWORD_OPTION.matcher(redacted).replaceAll("$1***");
    }
}
