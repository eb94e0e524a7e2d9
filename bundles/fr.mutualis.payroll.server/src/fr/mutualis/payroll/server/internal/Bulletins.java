package fr.mutualis.payroll.server.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.payroll.api.AgentCreancier;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.LigneMandatement;
import fr.mutualis.payroll.api.TotauxBulletin;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import fr.mutualis.payroll.server.internal.entity.BulletinEntity;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;
import fr.mutualis.payroll.server.journal.BulletinPaye;
import fr.mutualis.payroll.server.journal.ConstructionJournal;
import fr.mutualis.payroll.server.journal.Mandatement;
import jakarta.persistence.EntityManager;

/** Queries on the payslips of one collectivity. */
final class Bulletins {

    private Bulletins() {
    }

    static List<BulletinEntity> duMois(EntityManager em, CollectiviteId collectivite, PaieMoisEntity paie) {
        return em.createQuery("SELECT b FROM BulletinEntity b WHERE b.paieMoisId = :m AND b.collectivite = :c "
                + "ORDER BY b.nom, b.prenom, b.matricule", BulletinEntity.class).setParameter("m", paie.getId())
                .setParameter("c", collectivite.code()).getResultList();
    }

    static BulletinEntity trouver(EntityManager em, CollectiviteId collectivite, long id) {
        List<BulletinEntity> trouves = em.createQuery("SELECT b FROM BulletinEntity b WHERE b.id = :id "
                + "AND b.collectivite = :c", BulletinEntity.class).setParameter("id", id)
                .setParameter("c", collectivite.code()).getResultList();
        if (trouves.isEmpty()) {
            throw new IntrouvableException("Bulletin de paie introuvable : n° " + id + " dans la collectivité "
                    + collectivite.code() + ".");
        }
        return trouves.get(0);
    }

    /**
     * The journal of the month, from its payslips (read only; each payslip carries its lines), on the articles of the
     * M57 développée or, when {@code abregee}, of the M57 abrégée.
     */
    static JournalPaie journal(EntityManager em, CollectiviteId collectivite, String nomCollectivite,
            PaieMoisEntity paie, boolean abregee) {
        YearMonth mois = paie.valeur().mois();
        List<BulletinPaye> payes = lecture(em, collectivite, paie).stream()
                .map(b -> new BulletinPaye(b.getStatut(), b.bulletin(mois))).toList();
        return ConstructionJournal.construire(collectivite, nomCollectivite, paie.valeur(), payes, abregee);
    }

    /**
     * The lines of the month's mandats: each agent's net pay to his bank account (decrypted here, for the budget
     * module only, which stores it encrypted again), then the organisms'. Agents in name order.
     */
    static List<LigneMandatement> mandatement(EntityManager em, CollectiviteId collectivite, PaieMoisEntity paie,
            PersonalDataCipher chiffrement, boolean abregee) {
        YearMonth mois = paie.valeur().mois();
        List<BulletinEntity> bulletins = duMois(em, collectivite, paie);
        Map<Long, AgentEntity> agents = new HashMap<>();
        em.createQuery("SELECT a FROM AgentEntity a WHERE a.collectivite = :c", AgentEntity.class)
                .setParameter("c", collectivite.code()).setHint("eclipselink.read-only", "true").getResultList()
                .forEach(a -> agents.put(a.getId(), a));
        List<Mandatement.PaieAgent> paies = new ArrayList<>();
        for (BulletinEntity b : bulletins) {
            Bulletin bulletin = b.bulletin(mois);
            AgentEntity agent = agents.get(b.getAgentId());
            String nir = chiffrement.decrypt(agent.getNirChiffre());
            CompteBancaire compte = agent.getIbanChiffre() == null ? null
                    : new CompteBancaire(chiffrement.decrypt(agent.getIbanChiffre()), agent.getBic());
            TotauxBulletin totaux = bulletin.totaux();
            paies.add(new Mandatement.PaieAgent(new BulletinPaye(b.getStatut(), bulletin), new AgentCreancier(
                    b.getMatricule(), b.getNom(), b.getPrenom(), nir.charAt(0) == '2' ? "Mme" : "M.", compte,
                    totaux.brut(), totaux.brut().subtract(totaux.netAPayer()), totaux.netAPayer())));
        }
        return Mandatement.lignes(mois, paies, abregee);
    }

    private static List<BulletinEntity> lecture(EntityManager em, CollectiviteId collectivite, PaieMoisEntity paie) {
        return em.createQuery("SELECT b FROM BulletinEntity b WHERE b.paieMoisId = :m AND b.collectivite = :c "
                + "ORDER BY b.id", BulletinEntity.class).setParameter("m", paie.getId())
                .setParameter("c", collectivite.code()).setHint("eclipselink.read-only", "true").getResultList();
    }
}
