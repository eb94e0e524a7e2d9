package fr.mutualis.core.server.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.admin.AuditLine;
import fr.mutualis.core.server.admin.ImportReport;
import fr.mutualis.core.server.admin.UserView;
import fr.mutualis.core.server.spi.AuditJournal;

/**
 * What the administrator does from the console, each part in its own class: {@link Collectivites},
 * {@link Activations} (modules), {@link Delegations}, {@link Comptes} (users), {@link Habilitations} (roles) and
 * {@link JournalConsultation} (audit). Input is validated before anything is written; every change of access rights
 * empties the {@link AccessCache} once committed.
 */
@Component(service = Administration.class)
public final class AdministrationImpl implements Administration {

    private final Collectivites collectivites;
    private final Activations activations;
    private final Delegations delegations;
    private final Comptes comptes;
    private final Habilitations habilitations;
    private final JournalConsultation audit;

    @Activate
    public AdministrationImpl(@Reference CoreStore store, @Reference DatabaseComponent database,
            @Reference ModuleRegistry modules, @Reference AuditJournal journal,
            @Reference AccountEventPublisher events, @Reference AccessCache cache) {
        this.collectivites = new Collectivites(store, database, modules, journal);
        this.activations = new Activations(store, modules, journal, cache);
        this.delegations = new Delegations(store, modules, journal, cache);
        this.comptes = new Comptes(store, journal, events, cache);
        this.habilitations = new Habilitations(store, journal, events, cache);
        this.audit = new JournalConsultation(store, journal);
    }

    @Override
    public List<Collectivite> list(String filter, int limit) {
        return collectivites.list(filter, limit);
    }

    @Override
    public int count(String filter) {
        return collectivites.count(filter);
    }

    @Override
    public CollectiviteDetail show(String code) {
        return collectivites.show(code);
    }

    @Override
    public List<Collectivite> members(String epciCode) {
        return collectivites.members(epciCode);
    }

    @Override
    public Collectivite add(String code, String nom, CollectiviteKind kind, int population, String epciCode) {
        return collectivites.add(code, nom, kind, population, epciCode);
    }

    @Override
    public ImportReport importReferentiel(Path folder) {
        return collectivites.importReferentiel(folder);
    }

    @Override
    public List<ModuleInfo> availableModules() {
        return activations.availableModules();
    }

    @Override
    public void enableModule(String code, String module) {
        activations.enableModule(code, module);
    }

    @Override
    public void disableModule(String code, String module) {
        activations.disableModule(code, module);
    }

    @Override
    public int delegate(String module, String service, List<String> communes) {
        return delegations.delegate(module, service, communes);
    }

    @Override
    public void undelegate(String module, String commune) {
        delegations.undelegate(module, commune);
    }

    @Override
    public List<String> delegations(String code) {
        return delegations.delegations(code);
    }

    @Override
    public String addUser(String login, String nom, String password) {
        return comptes.addUser(login, nom, password);
    }

    @Override
    public String setPassword(String login, String password) {
        return comptes.setPassword(login, password);
    }

    @Override
    public void grant(String login, String code, Set<Role> roles) {
        habilitations.grant(login, code, roles);
    }

    @Override
    public void revoke(String login, String code, Set<Role> roles) {
        habilitations.revoke(login, code, roles);
    }

    @Override
    public UserView showUser(String login) {
        return comptes.showUser(login);
    }

    @Override
    public List<UserView> users() {
        return comptes.users();
    }

    @Override
    public void unlock(String login) {
        comptes.unlock(login);
    }

    @Override
    public void disableUser(String login) {
        comptes.disableUser(login);
    }

    @Override
    public void enableUser(String login) {
        comptes.enableUser(login);
    }

    @Override
    public void journalCommand(String command) {
        audit.journalCommand(command);
    }

    @Override
    public List<AuditLine> audit(String collectivite, String login, LocalDate from, LocalDate to, int limit) {
        return audit.audit(collectivite, login, from, to, limit);
    }
}
