package fr.mutualis.payroll.api;

import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.PAIE;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service: the absences of the agents of one collectivity (maladie ordinaire, grève), which the next payroll
 * run deducts. An absence that overlaps another of the agent, or touches a validated month, is refused.
 */
@ProviderType
public interface AbsenceService {

    /** The agent's absences, most recent first. */
    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    List<AbsenceAgent> absences(CollectiviteId collectivite, long agentId);

    @Permission(value = PAIE, module = PayrollModule.ID)
    AbsenceAgent declarerAbsence(CollectiviteId collectivite, long agentId, Absence absence);

    @Permission(value = PAIE, module = PayrollModule.ID)
    void supprimerAbsence(CollectiviteId collectivite, long absenceId);
}
