package fr.mutualis.core.server.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/** The server's connections ({@link DatabaseComponent#connect()}) as a {@link DataSource}, for Flyway. */
final class ConnectionDataSource implements DataSource {

    interface ConnectionSource {
        Connection connect() throws SQLException;
    }

    private final ConnectionSource connections;

    ConnectionDataSource(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connections.connect();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the server's credentials come from its configuration");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log writer: the server logs through System.Logger
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the driver's own timeouts apply
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
