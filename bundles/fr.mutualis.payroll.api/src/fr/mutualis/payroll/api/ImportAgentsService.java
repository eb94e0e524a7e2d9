package fr.mutualis.payroll.api;

import static fr.mutualis.core.api.Role.PAIE;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;

/** Remote service: agents entered in bulk from a file. Only the payroll role imports. */
@ProviderType
public interface ImportAgentsService {

    /**
     * Creates the agents of a CSV file (format in docs/payroll.md, « Import d'agents »), all or nothing: any broken
     * line refuses the whole file with one French message per problem ("Ligne 4, colonne « nir » : …"), the first
     * message saying that nothing was created, and nothing is written.
     *
     * @param csv the file's content (UTF-8 text, separator {@code ;}, a header line naming the columns)
     * @return the number of agents created
     */
    @Permission(value = PAIE, module = PayrollModule.ID)
    int importerAgents(CollectiviteId collectivite, String csv);
}
