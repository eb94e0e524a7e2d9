package fr.mutualis.budget.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;

/**
 * Server-local service (never exported remotely) through which another module's server bundle, payroll first, issues
 * a lot of mandats with exactly the checks of a manual entry: imputation in the plan de comptes, no forecast-only
 * chapter (020 to 024), journée complémentaire, tiers identifiers, and credit control at the level of vote.
 * <p>
 * The lot is issued all or nothing, in one transaction: when any mandat is refused, nothing is written and a
 * {@link fr.mutualis.core.api.DonneeInvalideException} lists every refusal in French; a credit overrun names the
 * chapter, the credits opened, the amount already mandated and the shortfall. The lot is checked as a whole: two
 * mandats of the lot on the same chapter consume the same credits.
 * <p>
 * The caller runs inside a verified {@code CallContext} (its own remote method has authorized the user for the
 * collectivity); the operation is journaled under that user.
 */
@ProviderType
public interface EmissionMandats {

    /**
     * Issues the mandats of the lot on the budget it names (the budget principal by default), numbered in the
     * budget's sequence of the exercice, in the order of the lot.
     *
     * @return the mandats created, in the order of {@link LotMandats#mandats()}
     * @throws fr.mutualis.core.api.DonneeInvalideException a refusal; nothing was written
     * @throws fr.mutualis.core.api.IntrouvableException   no such budget for the collectivity
     */
    List<Mandat> emettre(CollectiviteId collectivite, LotMandats lot);
}
