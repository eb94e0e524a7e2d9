package fr.mutualis.core.console.internal;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.spi.ModulesStarted;

/**
 * Runs the console commands of the file named by the system property {@value #PROPERTY} once the framework has
 * started (all modules are there): how an installation or a demo is set up unattended. One command per line,
 * {@code #} starts a comment. The output goes to the server's standard output; each command is journaled as
 * {@code console:init} (passwords masked).
 */
@Component(immediate = true, service = {})
public final class InitScript {

    static final String PROPERTY = "mutualis.init";
    /** The script's commands are journaled as {@code console:init}. */
    private static final CallContext INIT = CallContext.console("init");
    private static final System.Logger LOG = System.getLogger(InitScript.class.getName());
    private static final Duration MODULES_TIMEOUT = Duration.ofSeconds(60);

    private final CommandProcessor processor;
    private final Administration admin;
    private final BundleContext context;

    /** The core commands are references, so the script only starts once they are registered. */
    @Activate
    public InitScript(@Reference CommandProcessor processor, @Reference Administration admin,
            @Reference CollectiviteCommands collectivites, @Reference UserCommands users,
            @Reference ModuleCommands modules, @Reference AuditCommands audit, BundleContext context) {
        this.processor = processor;
        this.admin = admin;
        this.context = context;
        if (System.getProperty(PROPERTY) != null) {
            Thread thread = new Thread(this::awaitStartThenRun, "mutualis-init-script");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Waits until every module has started (the modules start at a later start level than the console), at most a
     * minute, then runs: a command on a module that is still starting would be refused as not installed.
     */
    private void awaitStartThenRun() {
        ModulesStarted modules = new ModulesStarted(context);
        try {
            if (!modules.await(MODULES_TIMEOUT)) {
                LOG.log(Level.WARNING, "Modules not all started after {0}: running the init script anyway",
                        MODULES_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            modules.close();
        }
        runScript();
    }

    private void runScript() {
        Path script = Path.of(System.getProperty(PROPERTY));
        try {
            // The process's own streams, not System.out/err: Gogo redirects those per thread to the session, so a
            // command writing to System.err (a refusal printed by Console.run) would loop back into itself.
            CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]),
                    new PrintStream(new FileOutputStream(FileDescriptor.out), true, System.out.charset()),
                    new PrintStream(new FileOutputStream(FileDescriptor.err), true, System.err.charset()));
            session.put(fr.mutualis.core.console.Console.OPERATOR, INIT);
            for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
                String command = line.strip();
                if (command.isEmpty() || command.startsWith("#")) {
                    continue;
                }
                System.out.println("mutualis> " + CommandLines.redact(command));
                Object result = INIT.run(() -> {
                    admin.journalCommand(CommandLines.redact(command));
                    try {
                        return execute(session, command);
                    } catch (Exception e) {
                        throw new IllegalStateException(ConsoleSocket.message(e), e);
                    }
                });
                if (result != null) {
                    System.out.println(session.format(result, org.apache.felix.service.command.Converter.INSPECT));
                }
            }
            System.out.println("Script " + script + " exécuté.");
        } catch (Exception e) {
            LOG.log(Level.ERROR, "Init script " + script + " failed", e);
            System.out.println("Script " + script + " en échec : " + e.getMessage());
        }
    }

    /** Module bundles register their commands as they start: wait up to a minute for the command's service. */
    private Object execute(CommandSession session, String command) throws Exception {
        String name = command.split("\\s+", 2)[0];
        int colon = name.indexOf(':');
        if (colon > 0) {
            String filter = "(&(osgi.command.scope=" + name.substring(0, colon) + ")(osgi.command.function="
                    + name.substring(colon + 1) + "))";
            long deadline = System.currentTimeMillis() + 60_000;
            while (context.getServiceReferences((String) null, filter) == null
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
        }
        return session.execute(command);
    }
}
