package fr.mutualis.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.ecf.core.ContainerConnectException;
import org.eclipse.ecf.core.identity.IDFactory;
import org.eclipse.ecf.provider.generic.SOContainerConfig;
import org.eclipse.ecf.provider.generic.TCPClientSOContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.AuthenticatedOnly;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.Permissions;
import fr.mutualis.remote.client.ConnexionImpossibleException;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.OsgiServices;

/**
 * The isolation proof. For every method of every interface the server exports (every module present), it calls the
 * method through ECF, as a real client would, as (a) a user of another collectivity, (b) a member without a role the
 * method accepts, (c) a member with every role but the module disabled, and checks each call is refused and that no
 * table of the database changed; (d) a connection without valid credentials never gets a session. It fails as soon as
 * an exported method lacks a valid permission.
 */
class AttackMatrixTest {

    static final String PASSWORD = "attaque-matrice-2026";
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final List<AutoCloseable> OPEN = new ArrayList<>();

    static String address;
    static String jdbcUrl;
    static String jdbcUser;
    static String jdbcPassword;
    static CollectiviteId target;     // every installed module enabled; the victim
    static CollectiviteId neighbour;  // another collectivity
    static CollectiviteId modulesOff; // no module enabled
    static List<Class<?>> exported;

    @BeforeAll
    static void setUp() throws Exception {
        ServerConfig config = OsgiServices.service(ServerConfig.class);
        address = "ecftcp://localhost:" + config.getInt("remote.port", 3288) + "/server";
        jdbcUrl = config.jdbcUrl();
        // the snapshots read every row: as the tables' owner where row-level security binds the server's role
        jdbcUser = config.get("db.owner.user", config.jdbcUser());
        jdbcPassword = config.get("db.owner.user", null) == null ? config.jdbcPassword()
                : config.get("db.owner.password", "");
        Administration admin = OsgiServices.service(Administration.class);
        exported = exportedInterfaces();
        CallContext.console().run(() -> {
            target = commune(admin, "Cible");
            neighbour = commune(admin, "Voisine");
            modulesOff = commune(admin, "SansModule");
            for (var module : admin.availableModules()) {
                admin.enableModule(target.code(), module.id());
                admin.enableModule(neighbour.code(), module.id());
            }
            user(admin, "voisin", neighbour, EnumSet.allOf(Role.class));
            user(admin, "sansmodule", modulesOff, EnumSet.allOf(Role.class));
            for (Role role : Role.values()) {
                user(admin, role.name().toLowerCase(), target, EnumSet.of(role));
            }
            return null;
        });
    }

    @AfterAll
    static void closeConnections() throws Exception {
        for (AutoCloseable c : OPEN) {
            c.close();
        }
    }

    private static CollectiviteId commune(Administration admin, String nom) {
        return TestCommunes.nouvelle(admin, "98", nom, RUN);
    }

    private static void user(Administration admin, String name, CollectiviteId on, Set<Role> roles) {
        admin.addUser(login(name), "Attaque " + name, PASSWORD);
        admin.grant(login(name), on.code(), roles);
    }

    private static String login(String name) {
        return ("a" + RUN + "." + name.replace('_', '-')).toLowerCase();
    }

    /** The interfaces registered for export, once every module's services are up (the list stops growing). */
    private static List<Class<?>> exportedInterfaces() throws Exception {
        List<Class<?>> previous = List.of();
        List<Class<?>> current = registeredInterfaces();
        while (!current.equals(previous)) {
            Thread.sleep(1500);
            previous = current;
            current = registeredInterfaces();
        }
        return current;
    }

    /** The interfaces of every service registered for export, the way fr.mutualis.remote finds them. */
    private static List<Class<?>> registeredInterfaces() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(AttackMatrixTest.class).getBundleContext();
        OsgiServices.service(fr.mutualis.core.api.CollectiviteService.class); // the core is up
        Set<String> names = new TreeSet<>();
        List<Class<?>> interfaces = new ArrayList<>();
        ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(mutualis.remote=true)");
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            for (String name : (String[]) ref.getProperty("objectClass")) {
                Class<?> iface = ref.getBundle().loadClass(name);
                if (iface.isInterface() && names.add(name)) {
                    interfaces.add(iface);
                }
            }
        }
        interfaces.sort(Comparator.comparing(Class::getName));
        return interfaces;
    }

    @Test
    void everyExportedMethodDeclaresAValidPermission() {
        assertFalse(exported.isEmpty());
        List<String> defects = new ArrayList<>();
        for (Class<?> iface : exported) {
            for (Method method : iface.getMethods()) {
                String defect = Permissions.defect(method);
                if (defect != null) {
                    defects.add(defect);
                }
            }
        }
        assertEquals(List.of(), defects, "every remote method needs @Permission or @AuthenticatedOnly");
    }

    @Test
    void everyModuleInstalledExportsAtLeastOneInterface() throws Exception {
        Administration admin = OsgiServices.service(Administration.class);
        List<String> modules = CallContext.console().run(
                () -> admin.availableModules().stream().map(m -> m.id()).toList());
        for (String module : modules) {
            assertTrue(exported.stream().flatMap(i -> Arrays.stream(i.getMethods()))
                    .map(m -> m.getAnnotation(Permission.class)).anyMatch(p -> p != null && p.module().equals(module)),
                    "module " + module + " exports no remote method");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCollectivityBoundMethodRefusesIntruders() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> iface : exported) {
            for (Method method : sorted(iface)) {
                Permission permission = method.getAnnotation(Permission.class);
                if (permission == null) {
                    continue;
                }
                String name = iface.getSimpleName() + "#" + method.getName();
                tests.add(DynamicTest.dynamicTest(name + " (a) user of another collectivity",
                        () -> refused(login("voisin"), iface, method, target, "n'êtes pas habilité(e)")));
                Set<Role> accepted = EnumSet.copyOf(Arrays.asList(permission.value()));
                EnumSet.complementOf(EnumSet.copyOf(accepted)).stream().findFirst().ifPresent(role ->
                        tests.add(DynamicTest.dynamicTest(name + " (b) member with role " + role.name().toLowerCase()
                                + " only", () -> refused(login(role.name().toLowerCase()), iface, method, target,
                                        "demande l'un des rôles"))));
                if (!permission.module().isEmpty()) {
                    tests.add(DynamicTest.dynamicTest(name + " (c) module " + permission.module() + " disabled",
                            () -> refused(login("sansmodule"), iface, method, modulesOff, "n'est pas activé")));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void withoutValidCredentialsNoConnectionIsEstablished() throws Exception {
        // A wrong password is refused (and counted towards the lockout, the only write it causes).
        ConnexionImpossibleException wrong = assertThrows(ConnexionImpossibleException.class,
                () -> ServerConnection.open(address, login("lecture"), "pas-le-bon"));
        assertTrue(wrong.getMessage().startsWith("Identifiant ou mot de passe incorrect"), wrong.getMessage());
        Snapshot before = Snapshot.take(jdbcUrl, jdbcUser, jdbcPassword);
        assertThrows(ConnexionImpossibleException.class,
                () -> ServerConnection.open(address, "inconnu-" + RUN, PASSWORD));
        // A raw ECF client sending no login frame at all.
        TCPClientSOContainer raw = new TCPClientSOContainer(new SOContainerConfig(IDFactory.getDefault().createGUID()));
        try {
            assertThrows(ContainerConnectException.class,
                    () -> raw.connect(IDFactory.getDefault().createStringID(address), null));
            assertNull(raw.getConnectedID());
        } finally {
            raw.dispose();
        }
        Snapshot after = Snapshot.take(jdbcUrl, jdbcUser, jdbcPassword);
        // only the journal records the refused connections
        before.digests().keySet().stream().filter(t -> !t.equalsIgnoreCase("journal_audit"))
                .forEach(t -> assertEquals(before.digests().get(t), after.digests().get(t), t));
    }

    @Test
    void callsBoundToNoCollectivityOnlyReturnTheCallersData() {
        try (ServerConnection connection = ServerConnection.open(address, login("voisin"), PASSWORD)) {
            var mine = connection.service(fr.mutualis.core.api.CollectiviteService.class).mesCollectivites();
            assertEquals(List.of(neighbour), mine.stream().map(c -> c.id()).toList());
        }
        for (Class<?> iface : exported) {
            for (Method method : iface.getMethods()) {
                if (method.isAnnotationPresent(AuthenticatedOnly.class)) {
                    assertTrue(Arrays.stream(method.getParameterTypes()).noneMatch(CollectiviteId.class::equals),
                            method + " is bound to no collectivity but takes one");
                }
            }
        }
    }

    private static List<Method> sorted(Class<?> iface) {
        return Arrays.stream(iface.getMethods()).sorted(Comparator.comparing(Method::getName)).toList();
    }

    /** Calls the method through ECF as {@code login}, naming {@code on}; it must be refused and change nothing. */
    private static void refused(String login, Class<?> iface, Method method, CollectiviteId on, String why)
            throws Exception {
        ServerConnection connection = connection(login);
        Object proxy = connection.service(iface);
        Snapshot before = Snapshot.take(jdbcUrl, jdbcUser, jdbcPassword);
        try {
            Object result = method.invoke(proxy, arguments(method, on));
            fail(login + " was allowed to call " + method.getName() + " on " + on + " and got " + result);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof AccesRefuseException)) {
                fail(method.getName() + " failed with " + cause + " instead of a refusal", cause);
            }
            assertTrue(cause.getMessage().contains(why), cause.getMessage());
        }
        Snapshot after = Snapshot.take(jdbcUrl, jdbcUser, jdbcPassword);
        assertEquals(before.withoutJournal(), after.withoutJournal(), "database changed by a refused call");
        assertEquals(before.rows("JOURNAL_AUDIT") + 1, after.rows("JOURNAL_AUDIT"), "the refusal is journaled once");
    }

    private static final java.util.Map<String, ServerConnection> CONNECTIONS = new java.util.HashMap<>();

    private static synchronized ServerConnection connection(String login) {
        return CONNECTIONS.computeIfAbsent(login, l -> {
            ServerConnection c = ServerConnection.open(address, l, PASSWORD);
            OPEN.add(c);
            return c;
        });
    }

    /** The collectivity where the method takes one; neutral values elsewhere (the call never reaches them). */
    private static Object[] arguments(Method method, CollectiviteId on) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            args[i] = t == CollectiviteId.class ? on
                    : t == int.class ? 0 : t == long.class ? 0L : t == boolean.class ? false
                    : t == short.class ? (short) 0 : t == byte.class ? (byte) 0 : t == double.class ? 0d
                    : t == float.class ? 0f : t == char.class ? 'x' : t == String.class ? "X" : null;
        }
        return args;
    }
}
