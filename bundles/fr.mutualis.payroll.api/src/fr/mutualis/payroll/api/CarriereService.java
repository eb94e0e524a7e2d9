package fr.mutualis.payroll.api;

import static fr.mutualis.core.api.Role.PAIE;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;

/** Remote service: career events of the agents that change their pay from a date, possibly already paid. */
@ProviderType
public interface CarriereService {

    /**
     * Changes the agent's échelon and indice majoré from {@code changement.dateEffet()} (checked against the grade's
     * grid). When that date lies in months already validated, the next run pays their difference as rappel lines.
     * Refused, nothing changed, for a date after the first day of the first month not yet validated.
     */
    @Permission(value = PAIE, module = PayrollModule.ID)
    RappelEchelon changerEchelon(CollectiviteId collectivite, long agentId, ChangementEchelon changement);
}
