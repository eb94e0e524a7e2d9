package fr.mutualis.budget.server.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.NomenclatureService;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;

/** The M57 plans de comptes loaded at start, as the client queries them. */
@Component(service = NomenclatureService.class, property = "mutualis.remote=true")
public final class NomenclatureServiceImpl implements NomenclatureService {

    private final Referentiels referentiels;

    @Activate
    public NomenclatureServiceImpl(@Reference Referentiels referentiels) {
        this.referentiels = referentiels;
    }

    @Override
    public PlanComptable plan(CollectiviteId collectivite, int exercice, Declinaison declinaison) {
        if (declinaison == null) {
            throw new DonneeInvalideException("Indiquez la déclinaison M57 : abrégée (M57_A) ou développée (M57_D).");
        }
        PlanDeComptes plan = referentiels.plan(exercice, declinaison);
        return new PlanComptable(plan.resume(), exercice, plan.chapitres(), plan.articles(), plan.fonctions());
    }
}
