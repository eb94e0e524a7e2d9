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
import fr.mutualis.payroll.server.agents.ControleAgent;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import jakarta.persistence.EntityManager;

/** The agents of a collectivity. Runs after the access policy; every query is filtered by the collectivity. */
@Component(service = AgentService.class, property = "mutualis.remote=true")
public final class AgentServiceImpl implements AgentService {

    private final PaieStore store;
    private final PersonalDataCipher chiffrement;
    private final ReferentielPaie referentiel;
    private final AuditJournal journal;
    private final IndexNir indexNir;

    @Activate
    public AgentServiceImpl(@Reference PaieStore store, @Reference PersonalDataCipher chiffrement,
            @Reference ReferentielPaie referentiel, @Reference AuditJournal journal, @Reference IndexNir indexNir) {
        this.store = store;
        this.chiffrement = chiffrement;
        this.referentiel = referentiel;
        this.journal = journal;
        this.indexNir = indexNir;
    }

    /** A read that returns NIRs and IBANs in clear (payroll role) is journaled, in a transaction of its own. */
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
        String index = indexNir.de(propre.nir());
        return Transactions.write(store.emf(), em -> {
            verifierUnicite(em, collectivite, propre, index, null);
            AgentEntity agent = new AgentEntity(collectivite.code());
            agent.remplir(propre, chiffrement.encrypt(propre.nir()), index, Agents.ibanChiffre(propre, chiffrement));
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
        String index = indexNir.de(propre.nir());
        return Transactions.write(store.emf(), em -> {
            AgentEntity agent = Agents.trouver(em, collectivite, id);
            verifierUnicite(em, collectivite, propre, index, agent.getId());
            agent.remplir(propre, chiffrement.encrypt(propre.nir()), index, Agents.ibanChiffre(propre, chiffrement));
            journal.record(em, collectivite.code(), "paie.agent.modifier", Agents.libelle(agent));
            return Agents.vue(agent, chiffrement, clair);
        });
    }

    /** The entry with its NIR and bank account normalised, or every problem found. */
    private AgentSaisie verifier(AgentSaisie saisie) {
        if (saisie == null) {
            throw new DonneeInvalideException("Fiche de l'agent manquante.");
        }
        AgentSaisie propre = ControleAgent.normaliser(saisie);
        ReferentielPaie.Etat etat = referentiel.etat();
        List<String> erreurs = ControleAgent.erreurs(propre, etat.moteur(), etat.grilles(), YearMonth.now());
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
        return propre;
    }

    /**
     * A matricule (whatever its case) or a NIR already used by another agent of the same collectivity is refused.
     * Two index lookups: the NIR by its blind index, never by decrypting the other agents.
     */
    private void verifierUnicite(EntityManager em, CollectiviteId collectivite, AgentSaisie saisie, String indexNir,
            Long soi) {
        List<String> erreurs = new ArrayList<>();
        for (AgentEntity autre : autres(em, collectivite, "matriculeCle", AgentEntity.cleMatricule(saisie.matricule()),
                soi)) {
            erreurs.add("Le matricule " + saisie.matricule() + " est déjà celui de " + Agents.libelle(autre) + ".");
        }
        for (AgentEntity autre : autres(em, collectivite, "nirIndex", indexNir, soi)) {
            erreurs.add("Ce NIR est déjà celui de " + Agents.libelle(autre) + " dans cette collectivité : un agent "
                    + "n'a qu'une fiche par employeur.");
        }
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
    }

    private static List<AgentEntity> autres(EntityManager em, CollectiviteId collectivite, String champ,
            String valeur, Long soi) {
        return em.createQuery("SELECT a FROM AgentEntity a WHERE a.collectivite = :c AND a." + champ + " = :v "
                + "ORDER BY a.id", AgentEntity.class).setParameter("c", collectivite.code()).setParameter("v", valeur)
                .getResultList().stream().filter(a -> !a.getId().equals(soi)).toList();
    }
}
