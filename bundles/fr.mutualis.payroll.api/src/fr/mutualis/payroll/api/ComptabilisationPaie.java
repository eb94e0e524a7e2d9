package fr.mutualis.payroll.api;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;

/**
 * Server-local hook (an OSGi service, never exported remotely) that records a validated month in the accounts: the
 * glue bundle {@code fr.mutualis.payroll.budget} implements it with the budget module's mandats on chapter 012. The
 * payroll server calls it, when installed, inside the validation transaction: if it throws, nothing is validated.
 */
@ProviderType
public interface ComptabilisationPaie {

    /**
     * Issues the mandats of the month's journal, all or nothing.
     *
     * @return what was issued, as one French sentence for the user, or null when nothing applies to this
     *         collectivity (budget module not enabled for it)
     * @throws fr.mutualis.core.api.MutualisException with the budget's French message when refused (short credits)
     */
    String comptabiliser(CollectiviteId collectivite, JournalPaie journal);
}
