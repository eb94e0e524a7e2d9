package fr.mutualis.core.server.admin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.api.Role;

/**
 * Server-side administration used by the console (never exported remotely). Every method validates its input and
 * throws {@link fr.mutualis.core.api.MutualisException} subclasses with a French message, writing nothing then;
 * every write is journaled.
 */
public interface Administration {

    /** Collectivities whose name, code or département matches the filter (all when blank), sorted by name. */
    List<Collectivite> list(String filter, int limit);

    int count(String filter);

    CollectiviteDetail show(String code);

    /** Member communes of an EPCI, sorted by name. */
    List<Collectivite> members(String epciCode);

    Collectivite add(String code, String nom, CollectiviteKind kind, int population, String epciCode);

    /**
     * Imports every current commune and every EPCI with its members from {@code communes.json} and
     * {@code epci.json} (plain or .gz) in the folder, or from the copy shipped with the server when null.
     * Idempotent: a second import of the same files changes nothing. All or nothing.
     */
    ImportReport importReferentiel(Path folder);

    List<ModuleInfo> availableModules();

    void enableModule(String code, String module);

    void disableModule(String code, String module);

    /**
     * Entrusts a module's work for communes to a service collectivity (an EPCI or syndicat): users holding roles on
     * the service then act for those communes in that module. With no commune given, every member commune of the
     * EPCI. An EPCI only serves its own member communes.
     *
     * @return the number of communes delegated
     */
    int delegate(String module, String service, List<String> communes);

    void undelegate(String module, String commune);

    /** The delegations of a collectivity (as commune or as service), as French sentences. */
    List<String> delegations(String code);

    /**
     * Creates a user. When {@code password} is null a random one is generated and returned (to be shown once);
     * otherwise returns null.
     */
    String addUser(String login, String nom, String password);

    /** Sets a new password; when {@code password} is null generates one and returns it (to be shown once). */
    String setPassword(String login, String password);

    void grant(String login, String code, Set<Role> roles);

    /** Removes the given roles, or every role on that collectivity when {@code roles} is empty. */
    void revoke(String login, String code, Set<Role> roles);

    UserView showUser(String login);

    List<UserView> users();

    /** Ends at once the lock that failed logins started on an account, and forgets those failures. */
    void unlock(String login);

    /** Disables an account: it can no longer log in and its sessions end. */
    void disableUser(String login);

    void enableUser(String login);

    /** Journals a console command line as typed, for the administrator of the current context. */
    void journalCommand(String command);

    List<AuditLine> audit(String collectivite, String login, LocalDate from, LocalDate to, int limit);
}
