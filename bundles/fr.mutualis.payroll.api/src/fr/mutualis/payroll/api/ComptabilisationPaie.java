package fr.mutualis.payroll.api;

import java.util.List;

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
     * @deprecated since 1.1: the journal alone cannot name each agent as creditor; the payroll server calls
     *             {@link #comptabiliser(CollectiviteId, JournalPaie, List)}
     */
    @Deprecated
    String comptabiliser(CollectiviteId collectivite, JournalPaie journal);

    /**
     * Issues the mandats of the month, all or nothing: the net-pay mandat with one line per agent (the agent as
     * creditor, with his bank account) and one mandat per organism paid.
     *
     * @param lignes the month's mandat lines; per article they add up to {@code journal.articles()}
     * @return what was issued, as one French sentence, or null when nothing applies to this collectivity
     * @throws fr.mutualis.core.api.MutualisException with a French message when refused (short credits, an agent
     *         without bank account, an organism missing from the répertoire)
     * @since 1.1
     */
    default String comptabiliser(CollectiviteId collectivite, JournalPaie journal, List<LigneMandatement> lignes) {
        return comptabiliser(collectivite, journal);
    }

    /**
     * True when the collectivity's accounts use the M57 abrégée, whose chapter 012 has the grouped articles (6411,
     * 6413, 6450, 633) instead of the détaillés ones of the M57 développée (64111, 64113, 6451, 6453, 6336…): the
     * journal is then built on those, so that journal and mandats use one chart of accounts.
     *
     * @since 1.1
     */
    default boolean nomenclatureAbregee(CollectiviteId collectivite) {
        return false;
    }
}
