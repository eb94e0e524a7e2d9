package fr.mutualis.payroll.api;

import java.io.Serializable;

/**
 * An absence as stored for an agent.
 *
 * @param id      identifier, to delete it
 * @param agentId the agent
 * @param absence nature and dates
 */
public record AbsenceAgent(long id, long agentId, Absence absence) implements Serializable {
}
