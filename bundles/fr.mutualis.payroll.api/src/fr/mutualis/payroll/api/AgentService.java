package fr.mutualis.payroll.api;

import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.PAIE;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service: the agents of one collectivity (the employer). Readers without the payroll role get the NIR
 * masked; only the payroll role writes.
 */
@ProviderType
public interface AgentService {

    /** Every agent of the collectivity, sorted by name. */
    @ReadOnly
    @Permission(value = { LECTURE, PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    List<Agent> agents(CollectiviteId collectivite);

    @ReadOnly
    @Permission(value = { LECTURE, PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    Agent agent(CollectiviteId collectivite, long id);

    /** Refused with every problem listed (NIR, quotité, indice outside the grade's grid, matricule taken…). */
    @Permission(value = PAIE, module = PayrollModule.ID)
    Agent creerAgent(CollectiviteId collectivite, AgentSaisie saisie);

    @Permission(value = PAIE, module = PayrollModule.ID)
    Agent modifierAgent(CollectiviteId collectivite, long id, AgentSaisie saisie);
}
