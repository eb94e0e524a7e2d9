package fr.mutualis.payroll.server.internal;

import java.time.YearMonth;
import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import jakarta.persistence.EntityManager;

/**
 * The hook through which the payslip prints the period's absences (maladie ordinaire, grève, jour de carence…).
 * This branch has no absence model yet (it comes with the rules of issue 15, item 5): until it lands, no payslip has
 * an absence to print and the payslip shows no absence block. The absence model fills this one method; the payslip
 * prints each string it returns, one per absence, in the agent block.
 */
final class AbsencesDeLaPeriode {

    private AbsencesDeLaPeriode() {
    }

    /** One French line per absence of the agent overlapping the month, in date order; empty when none. */
    static List<String> de(EntityManager em, CollectiviteId collectivite, long agentId, YearMonth mois) {
        return List.of();
    }
}
