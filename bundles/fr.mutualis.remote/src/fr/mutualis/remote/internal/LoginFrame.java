package fr.mutualis.remote.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * The first bytes of every connection, read before ECF's object stream exists: {@code int} magic {@value #MAGIC},
 * a version byte, then the login and the password, each as an unsigned 16-bit length followed by that many UTF-8
 * bytes (login at most {@value #MAX_LOGIN} bytes, password at most {@value #MAX_PASSWORD}). The server answers one
 * byte, {@value #ACCEPTED} or {@value #REFUSED}, a refusal followed by a French message (16-bit length + UTF-8),
 * and then closes. Nothing in it can make the server build more than a few hundred bytes.
 * <p>
 * Version {@value #VERSION_TOKEN} (several server nodes, issue 16) adds a kind byte after the version:
 * {@value #BY_PASSWORD} (login and password follow, as in version 1) or {@value #BY_TOKEN} (an empty login and the
 * session token in place of the password, to resume on this node a session opened on another one). Its acceptance is
 * followed by the session's token (16-bit length + ASCII), which the client keeps to fail over.
 * The client's writer is {@code fr.mutualis.remote.client.LoginFrame}.
 */
final class LoginFrame {

    static final int MAGIC = 0x4D55544C; // "MUTL"
    static final int VERSION = 1;
    static final int VERSION_TOKEN = 2;
    static final int BY_PASSWORD = 0;
    static final int BY_TOKEN = 1;
    static final int MAX_LOGIN = 64;
    static final int MAX_PASSWORD = 256;
    static final int ACCEPTED = 0;
    static final int REFUSED = 1;

    /** What a frame carries: a login and a password, or (token true) a session token in {@code password}. */
    record Credentials(String login, String password, int version, boolean token) {

        Credentials(String login, String password) {
            this(login, password, VERSION, false);
        }

        @Override
        public String toString() {
            return "Credentials[" + (token ? "token" : login) + "]";
        }
    }

    private LoginFrame() {
    }

    /** Reads one frame; a {@link ProtocolException} says what was wrong with it (in English, for the log). */
    static Credentials read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new ProtocolException(String.format("no login frame (first bytes 0x%08X)", magic));
        }
        int version = in.readUnsignedByte();
        if (version != VERSION && version != VERSION_TOKEN) {
            throw new ProtocolException("login frame version " + version + " unsupported");
        }
        int kind = version == VERSION ? BY_PASSWORD : in.readUnsignedByte();
        if (kind != BY_PASSWORD && kind != BY_TOKEN) {
            throw new ProtocolException("login frame kind " + kind + " unknown");
        }
        return new Credentials(text(in, MAX_LOGIN, "login"), text(in, MAX_PASSWORD, "password"), version,
                kind == BY_TOKEN);
    }

    private static String text(DataInputStream in, int max, String what) throws IOException {
        int length = in.readUnsignedShort();
        if (length > max) {
            throw new ProtocolException(what + " of " + length + " bytes (at most " + max + ")");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException(what + " is not UTF-8");
        }
    }

    /** Accepts a version 1 frame. */
    static void accept(OutputStream raw) throws IOException {
        raw.write(ACCEPTED);
        raw.flush();
    }

    /** Accepts a version 2 frame, giving the session's token. */
    static void accept(OutputStream raw, String token) throws IOException {
        byte[] text = token.getBytes(StandardCharsets.US_ASCII);
        DataOutputStream out = new DataOutputStream(raw);
        out.writeByte(ACCEPTED);
        out.writeShort(text.length);
        out.write(text);
        out.flush();
    }

    static void refuse(OutputStream raw, String message) throws IOException {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        DataOutputStream out = new DataOutputStream(raw);
        out.writeByte(REFUSED);
        out.writeShort(Math.min(text.length, 1024));
        out.write(text, 0, Math.min(text.length, 1024));
        out.flush();
    }

    /** A malformed frame. */
    static final class ProtocolException extends IOException {
        private static final long serialVersionUID = 1L;

        ProtocolException(String message) {
            super(message);
        }
    }
}
