package fr.mutualis.payroll.server.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.LigneBulletin;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.api.TotauxBulletin;
import fr.mutualis.payroll.server.agents.Situations;
import fr.mutualis.payroll.server.calcul.MoteurPaie;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import fr.mutualis.payroll.server.internal.entity.BulletinEntity;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;
import jakarta.persistence.EntityManager;

/**
 * One run of the monthly payroll, inside the caller's transaction: every payslip is computed before anything is
 * written, so a refusal (locked month, any agent in error) leaves the month as it was; otherwise the draft's payslips
 * are replaced by the new ones.
 */
final class Lancement {

    private record Calcule(AgentEntity agent, SituationAgent situation, Bulletin bulletin) {
    }

    private Lancement() {
    }

    static PaieMoisEntity lancer(EntityManager em, CollectiviteId collectivite, YearMonth mois, MoteurPaie moteur,
            String login) {
        PaieMoisEntity paie = Mois.verrouiller(em, collectivite, mois).orElse(null);
        if (paie != null && paie.getEtat() == EtatPaie.VALIDEE) {
            throw new DonneeInvalideException("La paie " + FormatFrancais.deMois(mois) + " est validée : elle ne peut "
                    + "plus être recalculée. Corrigez-la par une régularisation sur la paie d'un mois suivant.");
        }
        List<AgentEntity> agents = Agents.lecture(em, collectivite, "a.matricule").getResultList().stream()
                .filter(agent -> !agent.getDateEntree().isAfter(mois.atEndOfMonth())).toList();
        if (agents.isEmpty()) {
            throw new DonneeInvalideException("Aucun agent en fonction en " + FormatFrancais.mois(mois)
                    + " dans la collectivité " + collectivite.code() + " : saisissez les agents avant de lancer la "
                    + "paie.");
        }
        List<Calcule> calcules = calculer(agents, mois, moteur);
        List<LigneBulletin> toutes = new ArrayList<>();
        calcules.forEach(calcule -> toutes.addAll(calcule.bulletin().lignes()));
        if (paie == null) {
            paie = new PaieMoisEntity(collectivite.code(), mois);
        } else {
            supprimerBulletins(em, paie.getId());
        }
        paie.calculee(calcules.size(), TotauxBulletin.calculer(toutes), login, LocalDateTime.now());
        if (paie.getId() == null) {
            em.persist(paie);
            em.flush();
        }
        for (Calcule calcule : calcules) {
            em.persist(new BulletinEntity(paie.getId(), calcule.agent(), calcule.situation(), calcule.bulletin()));
        }
        return paie;
    }

    /** Every payslip of the month, or the refusal listing every agent whose payslip cannot be computed. */
    private static List<Calcule> calculer(List<AgentEntity> agents, YearMonth mois, MoteurPaie moteur) {
        List<Calcule> calcules = new ArrayList<>();
        List<String> erreurs = new ArrayList<>();
        for (AgentEntity agent : agents) {
            try {
                SituationAgent situation = Situations.de(agent.saisie(null), agents.size());
                calcules.add(new Calcule(agent, situation, moteur.calculer(situation, mois)));
            } catch (DonneeInvalideException e) {
                erreurs.add("  - " + Agents.libelle(agent) + " : " + e.getMessage());
            }
        }
        if (!erreurs.isEmpty()) {
            erreurs.add(0, refus(mois, erreurs.size()));
            throw new DonneeInvalideException(erreurs);
        }
        return calcules;
    }

    static String refus(YearMonth mois, int problemes) {
        return "Paie " + FormatFrancais.deMois(mois) + " refusée, rien n'a été modifié (" + problemes
                + " problème(s)) :";
    }

    /** Removes the draft's payslips (their lines first). */
    private static void supprimerBulletins(EntityManager em, long paieMoisId) {
        em.createNativeQuery("DELETE FROM paie_ligne_bulletin WHERE bulletin_id IN "
                + "(SELECT id FROM paie_bulletin WHERE paie_mois_id = ?)").setParameter(1, paieMoisId).executeUpdate();
        em.createNativeQuery("DELETE FROM paie_bulletin WHERE paie_mois_id = ?").setParameter(1, paieMoisId)
                .executeUpdate();
    }

    /** "Paie de 2026-01 : 500 bulletins, brut 1234.56, net à payer 987.65, coût employeur 1500.00" for the journal. */
    static String resume(YearMonth mois, int bulletins, BigDecimal brut, BigDecimal net, BigDecimal cout) {
        return "Paie de " + mois + " : " + bulletins + " bulletin(s), brut " + brut.toPlainString() + ", net à payer "
                + net.toPlainString() + ", coût employeur " + cout.toPlainString();
    }
}
