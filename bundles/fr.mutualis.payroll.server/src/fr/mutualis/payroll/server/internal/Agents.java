package fr.mutualis.payroll.server.internal;

import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.Masquage;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Queries on the agents of one collectivity, and the agent as the caller may see it. */
final class Agents {

    private Agents() {
    }

    /**
     * The agents of the collectivity, for reading only, their régime indemnitaire lines fetched in one more query.
     * (Read-only: EclipseLink cannot compare batch-fetched element collections at commit, issue #921.)
     */
    static TypedQuery<AgentEntity> lecture(EntityManager em, CollectiviteId collectivite, String ordre) {
        return em.createQuery("SELECT a FROM AgentEntity a WHERE a.collectivite = :c ORDER BY " + ordre,
                AgentEntity.class).setParameter("c", collectivite.code()).setHint("eclipselink.read-only", "true")
                .setHint("eclipselink.batch", "a.elements").setHint("eclipselink.batch.type", "IN");
    }

    static AgentEntity trouver(EntityManager em, CollectiviteId collectivite, long id) {
        List<AgentEntity> trouves = em.createQuery("SELECT a FROM AgentEntity a WHERE a.id = :id "
                + "AND a.collectivite = :c", AgentEntity.class).setParameter("id", id)
                .setParameter("c", collectivite.code()).getResultList();
        if (trouves.isEmpty()) {
            throw new IntrouvableException("Agent introuvable : n° " + id + " dans la collectivité "
                    + collectivite.code() + ".");
        }
        return trouves.get(0);
    }

    /** Only the payroll role sees the NIR and the IBAN in clear; every other role gets them masked. */
    static boolean nirEnClair() {
        return CallContext.current().roles().contains(Role.PAIE);
    }

    /** The NIR and the IBAN decrypted, then shown in clear or masked alike. */
    static Agent vue(AgentEntity agent, PersonalDataCipher chiffrement, boolean nirEnClair) {
        String nir = chiffrement.decrypt(agent.getNirChiffre());
        String iban = agent.getIbanChiffre() == null ? null : chiffrement.decrypt(agent.getIbanChiffre());
        return new Agent(agent.getId(), agent.saisie(nirEnClair ? nir : Masquage.nir(nir),
                iban == null || nirEnClair ? iban : Masquage.iban(iban)), !nirEnClair);
    }

    /** "A0012 — DUPONT Marie", never with the NIR (this text goes to the audit journal). */
    /** The IBAN encrypted with the personal-data key, like the NIR; null without bank account. */
    static String ibanChiffre(AgentSaisie saisie, PersonalDataCipher chiffrement) {
        return saisie.compteBancaire() == null ? null : chiffrement.encrypt(saisie.compteBancaire().iban());
    }

    static String libelle(AgentEntity agent) {
        return agent.getMatricule() + " — " + agent.getNom() + " " + agent.getPrenom();
    }
}
