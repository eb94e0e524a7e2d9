package fr.mutualis.payroll.server.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.AbsenceAgent;
import fr.mutualis.payroll.api.NatureAbsence;
import jakarta.persistence.EntityManager;

/** The stored absences (table paie_absence), read and written in SQL, always filtered by the collectivity. */
final class AbsencesAgents {

    private static final String COLONNES = "SELECT id, agent_id, nature, debut, fin, heures, sans_carence "
            + "FROM paie_absence WHERE collectivite = ?1 ";

    private AbsencesAgents() {
    }

    static List<AbsenceAgent> deLAgent(EntityManager em, CollectiviteId collectivite, long agentId) {
        return lire(em.createNativeQuery(COLONNES + "AND agent_id = ?2 ORDER BY debut DESC, id DESC")
                .setParameter(1, collectivite.code()).setParameter(2, agentId).getResultList());
    }

    /**
     * Every absence of the collectivity that the payroll of {@code mois} needs, per agent: those of the month and of
     * the rolling year before it (the half pay of a maladie ordinaire counts over twelve months).
     */
    static Map<Long, List<Absence>> pourLaPaie(EntityManager em, CollectiviteId collectivite, YearMonth mois) {
        List<AbsenceAgent> absences = lire(em.createNativeQuery(COLONNES + "AND fin >= ?2 AND debut <= ?3 "
                + "ORDER BY agent_id, debut").setParameter(1, collectivite.code())
                .setParameter(2, mois.atDay(1).minusYears(1)).setParameter(3, mois.atEndOfMonth()).getResultList());
        Map<Long, List<Absence>> parAgent = new HashMap<>();
        for (AbsenceAgent absence : absences) {
            parAgent.computeIfAbsent(absence.agentId(), id -> new ArrayList<>()).add(absence.absence());
        }
        return parAgent;
    }

    static long ajouter(EntityManager em, CollectiviteId collectivite, long agentId, Absence absence) {
        em.createNativeQuery("INSERT INTO paie_absence (collectivite, agent_id, nature, debut, fin, heures, "
                + "sans_carence) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS NUMERIC(5,2)), ?7)")
                .setParameter(1, collectivite.code())
                .setParameter(2, agentId).setParameter(3, absence.nature().name()).setParameter(4, absence.debut())
                .setParameter(5, absence.fin()).setParameter(6, absence.heures())
                .setParameter(7, absence.sansCarence()).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM paie_absence WHERE collectivite = ?1 AND "
                + "agent_id = ?2").setParameter(1, collectivite.code()).setParameter(2, agentId).getSingleResult())
                .longValue();
    }

    static List<AbsenceAgent> une(EntityManager em, CollectiviteId collectivite, long id) {
        return lire(em.createNativeQuery(COLONNES + "AND id = ?2").setParameter(1, collectivite.code())
                .setParameter(2, id).getResultList());
    }

    static void supprimer(EntityManager em, CollectiviteId collectivite, long id) {
        em.createNativeQuery("DELETE FROM paie_absence WHERE collectivite = ?1 AND id = ?2")
                .setParameter(1, collectivite.code()).setParameter(2, id).executeUpdate();
    }

    private static List<AbsenceAgent> lire(List<?> lignes) {
        List<AbsenceAgent> absences = new ArrayList<>(lignes.size());
        for (Object ligne : lignes) {
            Object[] c = (Object[]) ligne;
            absences.add(new AbsenceAgent(((Number) c[0]).longValue(), ((Number) c[1]).longValue(),
                    new Absence(NatureAbsence.valueOf((String) c[2]), date(c[3]), date(c[4]), (BigDecimal) c[5],
                            Boolean.TRUE.equals(c[6]))));
        }
        return absences;
    }

    private static LocalDate date(Object valeur) {
        return valeur instanceof Date date ? date.toLocalDate() : (LocalDate) valeur;
    }
}
