package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A change of échelon as recorded, and the month whose payroll pays its rappel.
 *
 * @param agentId       the agent
 * @param dateEffet     date of effect
 * @param ancienIndice  indice majoré before
 * @param nouvelIndice  indice majoré after
 * @param moisDuRappel  the first month not yet validated, whose run pays the difference for the validated months
 *                      from the date of effect; null when no month after the date of effect was validated (the runs
 *                      still to come simply use the new indice)
 */
public record RappelEchelon(long agentId, LocalDate dateEffet, int ancienIndice, int nouvelIndice,
        YearMonth moisDuRappel) implements Serializable {
}
