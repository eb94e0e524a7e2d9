package fr.mutualis.payroll.server.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.api.TotauxBulletin;
import fr.mutualis.payroll.server.agents.Situations;
import fr.mutualis.payroll.server.calcul.CumulRafp;
import fr.mutualis.payroll.server.calcul.MoteurPaie;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * One run of the monthly payroll, inside the caller's transaction. The agents are read and paid a page at a time
 * (memory stays bounded whatever their number), each page's payslips sent as one JDBC batch; any agent in error, or a
 * locked month, throws, and the caller's rollback leaves the month as it was. Otherwise the draft's payslips are
 * replaced by the new ones, all in the one transaction: a crash mid-run leaves the whole month or nothing.
 */
final class Lancement {

    /** Agents read, computed and written at a time. */
    static final int PAGE = 1000;

    private Lancement() {
    }

    static PaieMoisEntity lancer(EntityManager em, CollectiviteId collectivite, YearMonth mois, MoteurPaie moteur,
            String login) {
        PaieMoisEntity paie = Mois.verrouiller(em, collectivite, mois).orElse(null);
        if (paie != null && paie.getEtat() == EtatPaie.VALIDEE) {
            throw new DonneeInvalideException("La paie " + FormatFrancais.deMois(mois) + " est validée : elle ne peut "
                    + "plus être recalculée. Corrigez-la par une régularisation sur la paie d'un mois suivant.");
        }
        LocalDate fin = mois.atEndOfMonth();
        int effectif = em.createQuery("SELECT COUNT(a) FROM AgentEntity a WHERE a.collectivite = :c "
                + "AND a.dateEntree <= :fin", Long.class).setParameter("c", collectivite.code())
                .setParameter("fin", fin).getSingleResult().intValue();
        if (effectif == 0) {
            throw new DonneeInvalideException("Aucun agent en fonction en " + FormatFrancais.mois(mois)
                    + " dans la collectivité " + collectivite.code() + " : saisissez les agents avant de lancer la "
                    + "paie.");
        }
        if (paie == null) {
            paie = new PaieMoisEntity(collectivite.code(), mois);
            paie.calculee(0, TotauxBulletin.calculer(List.of()), login, LocalDateTime.now());
            em.persist(paie);
            em.flush();
        } else {
            em.createNativeQuery("DELETE FROM paie_bulletin WHERE paie_mois_id = ?").setParameter(1, paie.getId())
                    .executeUpdate();
        }
        long paieId = paie.getId();
        Map<Long, List<Absence>> absences = AbsencesAgents.pourLaPaie(em, collectivite, mois);
        Map<Long, List<RappelsEchelon.Changement>> changements = RappelsEchelon.aPayer(em, collectivite, mois);
        Map<Long, CumulRafp> rafp = CumulsRafp.avant(em, collectivite, mois);
        Cumul cumul = new Cumul();
        List<String> erreurs = new ArrayList<>();
        try (EcritureBulletins ecriture = new EcritureBulletins(em, paieId)) {
            String apres = null;
            List<AgentEntity> page;
            do {
                page = page(em, collectivite, fin, apres);
                for (AgentEntity agent : page) {
                    try {
                        SituationAgent situation = Situations.de(agent.saisie(null, null), effectif);
                        List<Absence> sesAbsences = absences.getOrDefault(agent.getId(), List.of());
                        MoteurPaie.BulletinCalcule calcul = moteur.calculerAvecRafp(situation, mois, sesAbsences,
                                RappelsEchelon.rappels(moteur, situation, changements.getOrDefault(agent.getId(),
                                        List.of()), sesAbsences), rafp.getOrDefault(agent.getId(), CumulRafp.AUCUN));
                        Bulletin bulletin = calcul.bulletin();
                        if (erreurs.isEmpty()) {
                            ecriture.ajouter(agent, situation, bulletin, calcul.rafpDuMois());
                            cumul.ajouter(bulletin.totaux());
                        }
                    } catch (DonneeInvalideException e) {
                        erreurs.add("  - " + Agents.libelle(agent) + " : " + e.getMessage());
                    }
                }
                if (erreurs.isEmpty()) {
                    ecriture.envoyer();
                }
                if (!page.isEmpty()) {
                    apres = page.get(page.size() - 1).getMatricule();
                }
                em.clear(); // the page's agents leave the persistence context
            } while (page.size() == PAGE);
        }
        if (!erreurs.isEmpty()) {
            erreurs.add(0, refus(mois, erreurs.size()));
            throw new DonneeInvalideException(erreurs);
        }
        paie = em.find(PaieMoisEntity.class, paieId); // still locked: the lock lasts until the transaction ends
        paie.calculee(cumul.bulletins, cumul.totaux(), login, LocalDateTime.now());
        return paie;
    }

    /** The next agents in matricule order, present in the month, with their régime indemnitaire. */
    private static List<AgentEntity> page(EntityManager em, CollectiviteId collectivite, LocalDate fin,
            String apres) {
        TypedQuery<AgentEntity> requete = em.createQuery("SELECT a FROM AgentEntity a WHERE a.collectivite = :c "
                + "AND a.dateEntree <= :fin" + (apres == null ? "" : " AND a.matricule > :apres")
                + " ORDER BY a.matricule", AgentEntity.class).setParameter("c", collectivite.code())
                .setParameter("fin", fin).setHint("eclipselink.read-only", "true")
                .setHint("eclipselink.batch", "a.elements").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(PAGE);
        if (apres != null) {
            requete.setParameter("apres", apres);
        }
        return requete.getResultList();
    }

    /** The month's totals, summed payslip by payslip (every total is a sum of lines, so this is to the cent). */
    private static final class Cumul {
        int bulletins;
        BigDecimal brut = BigDecimal.ZERO;
        BigDecimal cotisationsSalariales = BigDecimal.ZERO;
        BigDecimal netAvantImpot = BigDecimal.ZERO;
        BigDecimal netImposable = BigDecimal.ZERO;
        BigDecimal prelevementALaSource = BigDecimal.ZERO;
        BigDecimal netAPayer = BigDecimal.ZERO;
        BigDecimal chargesPatronales = BigDecimal.ZERO;
        BigDecimal coutEmployeur = BigDecimal.ZERO;

        void ajouter(TotauxBulletin t) {
            bulletins++;
            brut = brut.add(t.brut());
            cotisationsSalariales = cotisationsSalariales.add(t.cotisationsSalariales());
            netAvantImpot = netAvantImpot.add(t.netAvantImpot());
            netImposable = netImposable.add(t.netImposable());
            prelevementALaSource = prelevementALaSource.add(t.prelevementALaSource());
            netAPayer = netAPayer.add(t.netAPayer());
            chargesPatronales = chargesPatronales.add(t.chargesPatronales());
            coutEmployeur = coutEmployeur.add(t.coutEmployeur());
        }

        TotauxBulletin totaux() {
            return new TotauxBulletin(brut, cotisationsSalariales, netAvantImpot, netImposable, prelevementALaSource,
                    netAPayer, chargesPatronales, coutEmployeur);
        }
    }

    static String refus(YearMonth mois, int problemes) {
        return "Paie " + FormatFrancais.deMois(mois) + " refusée, rien n'a été modifié (" + problemes
                + " problème(s)) :";
    }

    /** "Paie de 2026-01 : 500 bulletins, brut 1234.56, net à payer 987.65, coût employeur 1500.00" for the journal. */
    static String resume(YearMonth mois, int bulletins, BigDecimal brut, BigDecimal net, BigDecimal cout) {
        return "Paie de " + mois + " : " + bulletins + " bulletin(s), brut " + brut.toPlainString() + ", net à payer "
                + net.toPlainString() + ", coût employeur " + cout.toPlainString();
    }
}
