package fr.mutualis.payroll.server.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.Nir;
import fr.mutualis.payroll.server.agents.ControleAgent;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import jakarta.persistence.EntityManager;

/** The agents of a collectivity. Runs after the access policy; every query is filtered by the collectivity. */
@Component(service = AgentService.class, property = "service.exported.interfaces=*")
public final class AgentServiceImpl implements AgentService {

    private final PaieStore store;
    private final PersonalDataCipher chiffrement;
    private final ReferentielPaie referentiel;
    private final AuditJournal journal;

    @Activate
    public AgentServiceImpl(@Reference PaieStore store, @Reference PersonalDataCipher chiffrement,
            @Reference ReferentielPaie referentiel, @Reference AuditJournal journal) {
        this.store = store;
        this.chiffrement = chiffrement;
        this.referentiel = referentiel;
        this.journal = journal;
    }

    /** A read that returns NIRs in clear (payroll role) is journaled, in a transaction of its own. */
    @Override
    public List<Agent> agents(CollectiviteId collectivite) {
        boolean clair = Agents.nirEnClair();
        List<Agent> agents = Transactions.read(store.emf(), em -> Agents.lecture(em, collectivite,
                "a.nom, a.prenom, a.matricule").getResultList().stream().map(a -> Agents.vue(a, chiffrement, clair))
                .toList());
        if (clair && !agents.isEmpty()) {
            Transactions.run(store.emf(), em -> journal.record(em, collectivite.code(), "paie.agent.nir.consulter",
                    agents.size() + " agent(s) : liste des agents"));
        }
        return agents;
    }

    @Override
    public Agent agent(CollectiviteId collectivite, long id) {
        boolean clair = Agents.nirEnClair();
        if (!clair) {
            return Transactions.read(store.emf(), em -> Agents.vue(Agents.trouver(em, collectivite, id), chiffrement,
                    false));
        }
        return Transactions.write(store.emf(), em -> {
            AgentEntity entity = Agents.trouver(em, collectivite, id);
            journal.record(em, collectivite.code(), "paie.agent.nir.consulter", Agents.libelle(entity));
            return Agents.vue(entity, chiffrement, true);
        });
    }

    @Override
    public Agent creerAgent(CollectiviteId collectivite, AgentSaisie saisie) {
        AgentSaisie propre = verifier(saisie);
        boolean clair = Agents.nirEnClair();
        return Transactions.write(store.emf(), em -> {
            verifierUnicite(em, collectivite, propre, null);
            AgentEntity agent = new AgentEntity(collectivite.code());
            agent.remplir(propre, chiffrement.encrypt(propre.nir()));
            em.persist(agent);
            em.flush();
            journal.record(em, collectivite.code(), "paie.agent.creer", Agents.libelle(agent));
            return Agents.vue(agent, chiffrement, clair);
        });
    }

    @Override
    public Agent modifierAgent(CollectiviteId collectivite, long id, AgentSaisie saisie) {
        AgentSaisie propre = verifier(saisie);
        boolean clair = Agents.nirEnClair();
        return Transactions.write(store.emf(), em -> {
            AgentEntity agent = Agents.trouver(em, collectivite, id);
            verifierUnicite(em, collectivite, propre, agent.getId());
            agent.remplir(propre, chiffrement.encrypt(propre.nir()));
            journal.record(em, collectivite.code(), "paie.agent.modifier", Agents.libelle(agent));
            return Agents.vue(agent, chiffrement, clair);
        });
    }

    /** The entry with its NIR normalised, or every problem found. */
    private AgentSaisie verifier(AgentSaisie saisie) {
        if (saisie == null) {
            throw new DonneeInvalideException("Fiche de l'agent manquante.");
        }
        AgentSaisie propre = saisie.avecNir(Nir.normaliser(saisie.nir()));
        ReferentielPaie.Etat etat = referentiel.etat();
        List<String> erreurs = ControleAgent.erreurs(propre, etat.moteur(), etat.grilles(), YearMonth.now());
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
        return propre;
    }

    /** A matricule or a NIR already used by another agent of the same collectivity is refused. */
    private void verifierUnicite(EntityManager em, CollectiviteId collectivite, AgentSaisie saisie, Long soi) {
        List<String> erreurs = new ArrayList<>();
        for (AgentEntity autre : em.createQuery("SELECT a FROM AgentEntity a WHERE a.collectivite = :c",
                AgentEntity.class).setParameter("c", collectivite.code()).getResultList()) {
            if (autre.getId().equals(soi)) {
                continue;
            }
            if (autre.getMatricule().equalsIgnoreCase(saisie.matricule())) {
                erreurs.add("Le matricule " + saisie.matricule() + " est déjà celui de " + Agents.libelle(autre) + ".");
            }
            if (chiffrement.decrypt(autre.getNirChiffre()).equals(saisie.nir())) {
                erreurs.add("Ce NIR est déjà celui de " + Agents.libelle(autre) + " dans cette collectivité : un agent "
                        + "n'a qu'une fiche par employeur.");
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
    }
}
