package fr.mutualis.remote.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The login frame a client writes first on every connection, before ECF's object stream (the server reads it with
 * {@code fr.mutualis.remote.internal.LoginFrame}, which describes the format), and the server's one-byte answer.
 * The credentials of the connection being opened on this thread are set by {@link ServerConnection#open} around
 * ECF's connect, which creates its socket on the calling thread. The client writes version 2: a login with its
 * password, or a session token (to resume on another node the session a node that died had opened); the server's
 * acceptance then carries the session's token, kept in the credentials for the next failover.
 */
final class LoginFrame {

    static final int MAGIC = 0x4D55544C; // "MUTL"
    static final int VERSION = 2;
    private static final int BY_PASSWORD = 0;
    private static final int BY_TOKEN = 1;
    static final int MAX_LOGIN = 64;
    static final int MAX_PASSWORD = 256;
    private static final int ACCEPTED = 0;
    private static final int REFUSED = 1;
    private static final ThreadLocal<Credentials> PENDING = new ThreadLocal<>();

    /** A login and its password, or a session token (login null); {@code received} is the server's token. */
    static final class Credentials {
        private final String login;
        private final String secret;
        private volatile String received;

        private Credentials(String login, String secret) {
            this.login = login;
            this.secret = secret;
        }

        static Credentials password(String login, String password) {
            return new Credentials(login, password);
        }

        static Credentials token(String token) {
            return new Credentials(null, token);
        }

        /** The session token the server gave when it accepted this frame. */
        String received() {
            return received;
        }

        @Override
        public String toString() {
            return "Credentials[" + (login == null ? "token" : login) + "]";
        }
    }

    /** The server's refusal, with its French message. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private LoginFrame() {
    }

    static void pending(Credentials credentials) {
        if (credentials == null) {
            PENDING.remove();
        } else {
            PENDING.set(credentials);
        }
    }

    static Credentials pending() {
        return PENDING.get();
    }

    /** Checks the sizes the server accepts, so that a user gets a French message instead of a closed connection. */
    static String tooLong(String login, String password) {
        if (login.getBytes(StandardCharsets.UTF_8).length > MAX_LOGIN) {
            return "Identifiant trop long (" + MAX_LOGIN + " octets au plus).";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            return "Mot de passe trop long (" + MAX_PASSWORD + " octets au plus).";
        }
        return null;
    }

    /** Writes the frame and reads the answer; a refusal throws {@link Refused} with the server's message. */
    static void exchange(Credentials credentials, OutputStream raw, InputStream answer) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(MAGIC);
        out.writeByte(VERSION);
        out.writeByte(credentials.login == null ? BY_TOKEN : BY_PASSWORD);
        write(out, credentials.login == null ? "" : credentials.login);
        write(out, credentials.secret);
        out.flush();
        DataInputStream in = new DataInputStream(answer);
        int status = in.readUnsignedByte();
        if (status == ACCEPTED) {
            byte[] token = new byte[in.readUnsignedShort()];
            in.readFully(token);
            credentials.received = new String(token, StandardCharsets.US_ASCII);
            return;
        }
        if (status != REFUSED) {
            throw new IOException("unexpected login answer " + status);
        }
        byte[] message = new byte[in.readUnsignedShort()];
        in.readFully(message);
        throw new Refused(new String(message, StandardCharsets.UTF_8));
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeShort(bytes.length);
        out.write(bytes);
    }
}
