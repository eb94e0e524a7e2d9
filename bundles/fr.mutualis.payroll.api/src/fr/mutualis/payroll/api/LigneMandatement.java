package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of the mandats of a validated month: an amount charged to a budget article of chapter 012 and who is paid
 * it, either an agent (his net pay, on the month's net-pay mandat) or an organism (contributions and withholdings, on
 * that organism's mandat). The lines of a month add up, per article, to the articles of its {@link JournalPaie}.
 *
 * @param agent     the agent paid, or null for an organism's line
 * @param organisme the organism paid, or null for an agent's line
 * @param libelle   text of the line (PES {@code LibVir2}, shown on the payee's bank statement)
 */
public record LigneMandatement(String article, BigDecimal montant, AgentCreancier agent, Organisme organisme,
        String libelle) implements Serializable {

    public LigneMandatement {
        if ((agent == null) == (organisme == null)) {
            throw new IllegalArgumentException("A payroll mandat line pays either an agent or an organism");
        }
        if (montant == null || montant.signum() <= 0) {
            throw new IllegalArgumentException("A payroll mandat line has a positive amount: " + montant);
        }
    }
}
