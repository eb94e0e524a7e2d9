package fr.mutualis.budget.api;

import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.SAISIE;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/** Remote service: the M57 plans de comptes loaded by the server, per exercice and déclinaison. */
@ProviderType
public interface NomenclatureService {

    /**
     * The plan that applies to a budget of {@code exercice}: the newest shipped plan whose exercice is not later (see
     * {@link PlanComptable#avertissement()} when an older one is used).
     */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    PlanComptable plan(CollectiviteId collectivite, int exercice, Declinaison declinaison);
}
