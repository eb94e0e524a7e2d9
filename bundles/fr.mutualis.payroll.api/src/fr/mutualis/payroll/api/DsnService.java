package fr.mutualis.payroll.api;

import static fr.mutualis.core.api.Role.PAIE;

import java.time.YearMonth;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;

/**
 * Remote service: the déclaration sociale nominative (DSN) of a payroll month, norme NEODeS. Only the payroll role
 * reads it: the file carries the agents' NIRs in clear, and each production is journaled.
 */
@ProviderType
public interface DsnService {

    /**
     * The DSN mensuelle of a validated month, checked by the structural validator and reconciled with the month's
     * journal. Refused when the month is not validated (a draft can still change).
     */
    @Permission(value = PAIE, module = PayrollModule.ID)
    DeclarationDsn dsnMensuelle(CollectiviteId collectivite, YearMonth mois, EmetteurDsn emetteur);
}
