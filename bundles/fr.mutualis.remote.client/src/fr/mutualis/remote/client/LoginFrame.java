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
 * ECF's connect, which creates its socket on the calling thread.
 */
final class LoginFrame {

    static final int MAGIC = 0x4D55544C; // "MUTL"
    static final int VERSION = 1;
    static final int MAX_LOGIN = 64;
    static final int MAX_PASSWORD = 256;
    private static final int ACCEPTED = 0;
    private static final int REFUSED = 1;
    private static final ThreadLocal<Credentials> PENDING = new ThreadLocal<>();

    record Credentials(String login, String password) {
        @Override
        public String toString() {
            return "Credentials[" + login + "]";
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
        write(out, credentials.login());
        write(out, credentials.password());
        out.flush();
        DataInputStream in = new DataInputStream(answer);
        int status = in.readUnsignedByte();
        if (status == ACCEPTED) {
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
