package fr.mutualis.payroll.server.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.AbsenceAgent;
import fr.mutualis.payroll.api.NatureAbsence;
import jakarta.persistence.EntityManager;

/**
 * The period's absences as the payslip prints them (maladie ordinaire, with its jour de carence or its exemption;
 * grève by the day or by the hour), read from the stored absences ({@link AbsencesAgents}).
 */
final class AbsencesDeLaPeriode {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private AbsencesDeLaPeriode() {
    }

    /** One French line per absence of the agent overlapping the month, in date order; empty when none. */
    static List<String> de(EntityManager em, CollectiviteId collectivite, long agentId, YearMonth mois) {
        LocalDate debut = mois.atDay(1);
        LocalDate fin = mois.atEndOfMonth();
        return AbsencesAgents.deLAgent(em, collectivite, agentId).stream().map(AbsenceAgent::absence)
                .filter(a -> !a.fin().isBefore(debut) && !a.debut().isAfter(fin))
                .sorted(Comparator.comparing(Absence::debut)).map(AbsencesDeLaPeriode::ligne).toList();
    }

    static String ligne(Absence absence) {
        if (absence.nature() == NatureAbsence.GREVE) {
            return absence.heures() != null
                    ? "grève le " + JOUR.format(absence.debut()) + " (" + absence.heures().stripTrailingZeros()
                            .toPlainString().replace('.', ',') + " h)"
                    : "grève du " + JOUR.format(absence.debut()) + " au " + JOUR.format(absence.fin());
        }
        return "maladie ordinaire du " + JOUR.format(absence.debut()) + " au " + JOUR.format(absence.fin())
                + (absence.sansCarence() ? ", sans jour de carence" : ", jour de carence le "
                        + JOUR.format(absence.debut()));
    }
}
