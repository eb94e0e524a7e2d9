package fr.mutualis.core.server.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Checks at start that {@code db.url} names a database this server can use and that it answers, before anything is
 * written: a wrong URL or an unreachable database stops the start with one line saying what to do.
 */
final class ConnectionCheck {

    interface Connector {
        Connection connect() throws SQLException;
    }

    private ConnectionCheck() {
    }

    /** The JDBC driver class for a URL, or a refusal when the URL is not one of the two supported kinds. */
    static String driverFor(String url, String configuredDriver, String configFile) {
        if (configuredDriver != null) {
            return configuredDriver;
        }
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            checkPostgresqlUrl(url, configFile);
            return "org.postgresql.Driver";
        }
        throw StartRefusal.refuse("db.url « " + url + " » n'est pas une adresse de base reconnue ; corrigez db.url dans "
                + configFile + " (jdbc:h2:file:… ou jdbc:postgresql://hôte:port/base) puis relancez le serveur.",
                "Unsupported JDBC URL " + url + " in " + configFile + ": use jdbc:h2: or jdbc:postgresql:", null);
    }

    private static void checkPostgresqlUrl(String url, String configFile) {
        try {
            URI uri = new URI(url.substring("jdbc:".length()));
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw new URISyntaxException(url, "host and database name expected");
            }
        } catch (URISyntaxException e) {
            throw StartRefusal.refuse("db.url « " + url + " » est mal formée ; écrivez jdbc:postgresql://hôte:port/base "
                    + "dans " + configFile + " puis relancez le serveur.",
                    "Malformed PostgreSQL URL " + url + " in " + configFile + ": " + e.getMessage(), e);
        }
    }

    /** Opens and closes one connection; refuses the start with the database's answer when it fails. */
    static void reach(Connector connector, String description, String configFile) {
        try (Connection c = connector.connect()) {
            if (!c.isValid(10)) {
                throw new SQLException("the connection is not valid");
            }
        } catch (SQLException e) {
            throw StartRefusal.refuse("la base " + description + " ne répond pas (" + firstLine(e) + ") ; vérifiez "
                    + "qu'elle est démarrée et joignable, et db.url, db.user, db.password dans " + configFile
                    + ", puis relancez le serveur.", "Database " + description + " unreachable: " + e.getMessage(), e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
