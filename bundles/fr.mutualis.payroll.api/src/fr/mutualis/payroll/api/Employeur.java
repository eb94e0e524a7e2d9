package fr.mutualis.payroll.api;

import java.io.Serializable;

import fr.mutualis.core.api.CollectiviteId;

/**
 * The collectivity that employs and pays the agent, as printed on the payslip.
 *
 * @param siren SIREN of the collectivity, or null when unknown
 */
public record Employeur(CollectiviteId code, String nom, String siren) implements Serializable {
}
