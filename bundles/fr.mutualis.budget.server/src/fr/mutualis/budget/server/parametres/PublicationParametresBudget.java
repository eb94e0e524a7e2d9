package fr.mutualis.budget.server.parametres;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.budget.server.internal.Referentiels;
import fr.mutualis.core.server.parametres.ParametreDate;
import fr.mutualis.core.server.parametres.ParametresPublies;

/** Shows the budget parameters the server computes with to {@code mutualis:parameters}. */
@Component(service = ParametresPublies.class)
public final class PublicationParametresBudget implements ParametresPublies {

    private final Referentiels referentiels;

    @Activate
    public PublicationParametresBudget(@Reference Referentiels referentiels) {
        this.referentiels = referentiels;
    }

    @Override
    public String module() {
        return BudgetModule.ID;
    }

    @Override
    public List<ParametreDate<?>> parametres() {
        return referentiels.parametres().parametres();
    }
}
