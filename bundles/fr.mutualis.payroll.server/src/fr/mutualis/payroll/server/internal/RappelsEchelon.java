package fr.mutualis.payroll.server.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.calcul.MoteurPaie;
import fr.mutualis.payroll.server.calcul.Rappel;
import jakarta.persistence.EntityManager;

/** The échelon changes a month's run pays the rappel of (table paie_changement_echelon, mois_rappel = the month). */
final class RappelsEchelon {

    /** One change to recall: the months already validated from its date of effect. */
    record Changement(LocalDate dateEffet, int ancienIndice, int nouvelIndice, List<YearMonth> mois) {
    }

    private RappelsEchelon() {
    }

    static Map<Long, List<Changement>> aPayer(EntityManager em, CollectiviteId collectivite, YearMonth mois) {
        Map<Long, List<Changement>> parAgent = new HashMap<>();
        List<?> lignes = em.createNativeQuery("SELECT agent_id, date_effet, ancien_indice, nouvel_indice FROM "
                + "paie_changement_echelon WHERE collectivite = ?1 AND mois_rappel = ?2 ORDER BY agent_id, date_effet, "
                + "id").setParameter(1, collectivite.code()).setParameter(2, mois.atDay(1)).getResultList();
        for (Object ligne : lignes) {
            Object[] c = (Object[]) ligne;
            long agentId = ((Number) c[0]).longValue();
            LocalDate effet = date(c[1]);
            List<YearMonth> valides = new ArrayList<>();
            for (Object m : em.createNativeQuery("SELECT DISTINCT m.mois FROM paie_bulletin b JOIN paie_mois m ON "
                    + "m.id = b.paie_mois_id WHERE b.agent_id = ?1 AND m.collectivite = ?2 AND m.etat = 'VALIDEE' "
                    + "AND m.mois >= ?3 AND m.mois < ?4 ORDER BY m.mois").setParameter(1, agentId)
                    .setParameter(2, collectivite.code()).setParameter(3, YearMonth.from(effet).atDay(1))
                    .setParameter(4, mois.atDay(1)).getResultList()) {
                valides.add(YearMonth.from(date(m)));
            }
            parAgent.computeIfAbsent(agentId, id -> new ArrayList<>()).add(new Changement(effet,
                    ((Number) c[2]).intValue(), ((Number) c[3]).intValue(), valides));
        }
        return parAgent;
    }

    /** The rappels of the agent's changes, month by month. */
    static List<Rappel> rappels(MoteurPaie moteur, SituationAgent situation, List<Changement> changements,
            List<Absence> absences) {
        List<Rappel> rappels = new ArrayList<>();
        for (Changement changement : changements) {
            for (YearMonth mois : changement.mois()) {
                rappels.add(moteur.rappel(avecIndice(situation, changement.ancienIndice()),
                        avecIndice(situation, changement.nouvelIndice()), mois, changement.dateEffet(), absences));
            }
        }
        return rappels;
    }

    private static SituationAgent avecIndice(SituationAgent s, int indice) {
        return new SituationAgent(s.statut(), s.heuresHebdomadairesPoste(), s.quotite(), indice, s.pointsNbi(),
                s.zoneResidence(), s.nombreEnfants(), s.elementsIndemnitaires(), s.categorieTpp(),
                s.tauxPasPersonnel(), s.effectifEmployeur(), s.dateEntree(), s.codeGrade());
    }

    private static LocalDate date(Object valeur) {
        return valeur instanceof Date date ? date.toLocalDate() : (LocalDate) valeur;
    }
}
