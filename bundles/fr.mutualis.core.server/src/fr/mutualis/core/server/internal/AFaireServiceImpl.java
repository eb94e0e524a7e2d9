package fr.mutualis.core.server.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import fr.mutualis.core.api.AFaireService;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.ContributionAFaire;

/**
 * Gathers the "À faire" lines of every module contribution for every collectivity of the caller, each contribution
 * called in a context bound to the collectivity with the caller's roles there. A contribution that fails is logged
 * and skipped, with a line saying its list could not be read, so the rest of the list still shows.
 */
@Component(service = AFaireService.class, property = "mutualis.remote=true")
public final class AFaireServiceImpl implements AFaireService {

    private static final System.Logger LOG = System.getLogger(AFaireServiceImpl.class.getName());

    private final CoreStore store;
    private final CollectiviteService collectivites;
    private final List<ContributionAFaire> contributions = new CopyOnWriteArrayList<>();

    @Activate
    public AFaireServiceImpl(@Reference CoreStore store, @Reference CollectiviteService collectivites) {
        this.store = store;
        this.collectivites = collectivites;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(ContributionAFaire contribution) {
        contributions.add(contribution);
    }

    void removeContribution(ContributionAFaire contribution) {
        contributions.remove(contribution);
    }

    @Override
    public List<LigneAFaire> aFaire() {
        CallContext caller = CallContext.current();
        List<LigneAFaire> lignes = new ArrayList<>();
        for (Collectivite c : collectivites.mesCollectivites()) {
            for (ContributionAFaire contribution : contributions) {
                Set<Role> roles = roles(caller.login(), c.id(), contribution.module());
                if (roles.stream().noneMatch(contribution.roles()::contains)) {
                    continue;
                }
                CallContext bound = new CallContext(caller.login(), c.id(), roles, caller.clientAddress());
                try {
                    lignes.addAll(bound.run(() -> contribution.lignes(c, roles)));
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "To-do contribution of module " + contribution.module()
                            + " failed for collectivity " + c.id().code(), e);
                    String why = e instanceof MutualisException ? " : " + e.getMessage() : ".";
                    lignes.add(new LigneAFaire(c.id(), c.nom(), contribution.module(),
                            "Liste du module " + contribution.module() + " illisible" + why, null,
                            contribution.module(), null));
                }
            }
        }
        lignes.sort(Comparator.comparing(LigneAFaire::echeance, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(LigneAFaire::collectiviteNom).thenComparing(LigneAFaire::quoi));
        return List.copyOf(lignes);
    }

    /** The caller's roles for the module in the collectivity; none when the module is not enabled there. */
    private Set<Role> roles(String login, CollectiviteId collectivite, String module) {
        return Transactions.read(store.emf(), em -> {
            boolean enabled = em.createQuery("SELECT COUNT(m) FROM ModuleActivation m WHERE m.collectivite.code = :code"
                    + " AND m.module = :module", Long.class).setParameter("code", collectivite.code())
                    .setParameter("module", module).getSingleResult() > 0;
            if (!enabled) {
                return EnumSet.noneOf(Role.class);
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(Memberships.direct(em, login, collectivite.code()));
            roles.addAll(Memberships.delegated(em, login, collectivite.code(), module));
            return roles;
        });
    }
}
