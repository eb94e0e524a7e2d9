package fr.mutualis.core.console.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The client of the administration console ({@code bin/mutualis-console}), plain Java with no OSGi: connects to the
 * server's Unix domain socket, sends the lines read from the standard input and copies the server's answers to the
 * standard output. Interactive (prompts) when the standard input is a terminal; otherwise runs the piped commands
 * and ends when they are done: {@code echo "mutualis:list -n 3 Chassy" | bin/mutualis-console}.
 */
public final class ConsoleClient {

    private ConsoleClient() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            err.println("Usage : mutualis-console (le socket est <données>/run/console.sock)");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        if (!Files.exists(path)) {
            err.println("Console introuvable : " + path + ". Le serveur est-il démarré avec ces données "
                    + "(MUTUALIS_DATA) ?");
            System.exit(1);
        }
        SocketChannel channel;
        try {
            channel = SocketPath.connect(path.toAbsolutePath());
        } catch (IOException e) {
            err.println("Connexion à la console " + path + " impossible : " + e.getMessage()
                    + ". Lancez-la avec le compte système du serveur.");
            System.exit(1);
            return;
        }
        boolean interactive = System.console() != null;
        OutputStream toServer = Channels.newOutputStream(channel);
        InputStream fromServer = Channels.newInputStream(channel);
        Thread copier = new Thread(() -> copy(fromServer, System.out), "console-output");
        copier.start();
        toServer.write(("mutualis-console/1 " + (interactive ? "interactive" : "batch") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            for (String line = stdin.readLine(); line != null && copier.isAlive(); line = stdin.readLine()) {
                toServer.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                toServer.flush();
            }
            channel.shutdownOutput();
        } catch (IOException e) {
            // the server closed the console (exit): the copier prints what it sent
        }
        copier.join();
        channel.close();
    }

    private static void copy(InputStream in, PrintStream out) {
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            if (!"Connection reset by peer".equals(e.getMessage())) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
