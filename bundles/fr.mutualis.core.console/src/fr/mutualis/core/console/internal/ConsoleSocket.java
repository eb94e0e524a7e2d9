package fr.mutualis.core.console.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.SafeText;
import fr.mutualis.core.console.Console;
import fr.mutualis.core.console.client.SocketPath;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.context.CallContext;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The administrator's console: Gogo over a Unix domain socket ({@code <data>/run/console.sock}, configuration key
 * {@value #KEY}) that only the server's OS account can open. The folder is 0700 and the socket 0600, and each
 * connection's peer credentials ({@code SO_PEERCRED}) must be the server's own OS user or root. Each connection gets
 * its own Gogo session; every command line is journaled (passwords masked) as {@code console:<OS user>} and runs as
 * that administrator. The data folder may be as deep as it likes: {@link SocketPath} binds past the kernel's limit. {@code bin/mutualis-console} is the client. There is no network console: telnet exists only
 * when a developer sets {@code MUTUALIS_CONSOLE_PORT}.
 */
@Component(immediate = true, service = {})
public final class ConsoleSocket {

    static final String KEY = "console.socket";
    /** First line a client may send: {@code mutualis-console/1 interactive} asks for prompts. */
    static final String HELLO = "mutualis-console/1";
    static final String PROMPT = "mutualis> ";
    private static final int MAX_SESSIONS = 4;
    private static final int MAX_LINE = 16_384;
    private static final System.Logger LOG = System.getLogger(ConsoleSocket.class.getName());

    private final CommandProcessor processor;
    private final Administration admin;
    private final Path socket;
    private final ServerSocketChannel server;
    private final String serverUser = System.getProperty("user.name");
    private final Semaphore sessions = new Semaphore(MAX_SESSIONS);
    private final AtomicInteger counter = new AtomicInteger();

    /** The core commands are references, so the console only opens once they are registered. */
    @Activate
    public ConsoleSocket(@Reference CommandProcessor processor, @Reference Administration admin,
            @Reference ServerConfig config, @Reference CollectiviteCommands collectivites,
            @Reference UserCommands users, @Reference ModuleCommands modules, @Reference AuditCommands audit) {
        this.processor = processor;
        this.admin = admin;
        String configured = config.get(KEY, config.dataDirectory().resolve("run").resolve("console.sock").toString());
        if ("none".equals(configured)) {
            this.socket = null;
            this.server = null;
            LOG.log(Level.WARNING, "Console socket disabled ({0}=none): the server has no administration console", KEY);
            return;
        }
        this.socket = Path.of(configured).toAbsolutePath();
        this.server = open(socket);
        Thread acceptor = new Thread(this::acceptLoop, "mutualis-console-socket");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.log(Level.INFO, "Administration console on {0} (bin/mutualis-console)", socket);
    }

    /** Creates the 0700 folder, replaces a stale socket, binds and makes the socket 0600. */
    private static ServerSocketChannel open(Path socket) {
        try {
            Path folder = socket.getParent();
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(folder + " is not a plain folder");
            }
            Files.deleteIfExists(socket);
            ServerSocketChannel channel = SocketPath.bind(socket); // whatever the length of the data folder's path
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            return channel;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot open the console socket " + socket + " (set " + KEY
                    + " in mutualis.properties to a writable path): " + e.getMessage(), e);
        }
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                if (!sessions.tryAcquire()) {
                    reply(client, "Erreur : trop de consoles ouvertes (" + MAX_SESSIONS + " au plus).");
                    continue;
                }
                Thread t = new Thread(() -> {
                    try {
                        serve(client);
                    } finally {
                        sessions.release();
                    }
                }, "mutualis-console-" + counter.incrementAndGet());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.log(Level.WARNING, "Console socket accept failed: {0}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(SocketChannel client, String line) {
        try (client) {
            client.write(StandardCharsets.UTF_8.encode(line + "\n"));
        } catch (IOException e) {
            // the client left
        }
    }

    /** The OS user at the other end, or null when it may not use the console. */
    private String peer(SocketChannel client) throws IOException {
        UnixDomainPrincipal principal = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
        String user = principal.user().getName();
        return user.equals(serverUser) || user.equals("root") ? user : null;
    }

    private void serve(SocketChannel client) {
        try (client) {
            String user = peer(client);
            if (user == null) {
                LOG.log(Level.WARNING, "Console connection refused for OS user {0}",
                        SafeText.escape(client.getOption(ExtendedSocketOptions.SO_PEERCRED).user().getName()));
                reply(client, "Accès refusé : seul le compte système du serveur ouvre la console.");
                return;
            }
            CallContext operator = CallContext.console(user);
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                    StandardCharsets.UTF_8));
            PrintStream out = new PrintStream(Channels.newOutputStream(client), true, StandardCharsets.UTF_8);
            CommandSession session = processor.createSession(new java.io.ByteArrayInputStream(new byte[0]), out, out);
            session.put(Console.OPERATOR, operator);
            LOG.log(Level.INFO, "Console opened by {0}", SafeText.escape(user));
            String line = readLine(in);
            boolean interactive = false;
            if (line != null && line.startsWith(HELLO)) {
                interactive = line.endsWith("interactive");
                if (interactive) {
                    out.println("Console Mutualis (" + user + "). « help » liste les commandes, « exit » ferme.");
                    out.print(PROMPT);
                    out.flush();
                }
                line = readLine(in);
            }
            while (line != null) {
                String command = line.strip();
                if (command.equals("exit") || command.equals("quit") || command.equals("logout")) {
                    break;
                }
                if (!command.isEmpty() && !command.startsWith("#")) {
                    execute(session, operator, command, out);
                }
                if (interactive) {
                    out.print(PROMPT);
                    out.flush();
                }
                line = readLine(in);
            }
            session.close();
            LOG.log(Level.INFO, "Console closed by {0}", SafeText.escape(user));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Console connection ended: {0}", e.getMessage());
        }
    }

    private static String readLine(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line != null && line.length() > MAX_LINE) {
            throw new IOException("console line longer than " + MAX_LINE + " characters");
        }
        return line;
    }

    /** Journals the line, then runs it as the operator and prints its result, or its failure as one line. */
    private void execute(CommandSession session, CallContext operator, String command, PrintStream out) {
        operator.run(() -> {
            try {
                admin.journalCommand(CommandLines.redact(command));
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Console command not journaled, not run: " + e.getMessage(), e);
                out.println("Erreur : journal d'audit indisponible, commande non exécutée.");
                return null;
            }
            try {
                Object result = session.execute(command);
                if (result != null) {
                    out.println(session.format(result, Converter.INSPECT));
                }
            } catch (Exception e) {
                out.println("Erreur : " + message(e));
            }
            out.flush();
            return null;
        });
    }

    /** Gogo's own refusals in French, on one line. */
    static String message(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("Command not found: ")) {
            m = "commande inconnue : " + m.substring("Command not found: ".length()) + " (« help » les liste)";
        }
        return SafeText.escape(m);
    }

    @Deactivate
    void close() {
        if (server != null) {
            try {
                server.close();
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Console socket not closed cleanly: {0}", e.getMessage());
            }
        }
    }
}
