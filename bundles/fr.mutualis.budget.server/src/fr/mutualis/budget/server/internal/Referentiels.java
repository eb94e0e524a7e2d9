package fr.mutualis.budget.server.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.Nomenclature;
import fr.mutualis.budget.server.nomenclature.CataloguePlansDeComptes;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.budget.server.parametres.ParametresBudget;
import fr.mutualis.core.server.parametres.ParametresPublies;

/**
 * The reference data shipped in the bundle, loaded when the server starts: every M57 plan de comptes listed in
 * {@code nomenclature/index.txt} (abrégée and développée per exercice) and the effective-dated parameters of
 * {@code parametres/budget.json}.
 */
@Component(service = { Referentiels.class, ParametresPublies.class }, immediate = true)
public final class Referentiels implements ParametresPublies {

    private static final System.Logger LOG = System.getLogger(Referentiels.class.getName());

    private final CataloguePlansDeComptes catalogue;
    private final ParametresBudget parametres;
    private final List<Nomenclature> chargees = new ArrayList<>();

    @Activate
    public Referentiels() {
        this.catalogue = CataloguePlansDeComptes.depuisBundle();
        this.parametres = ParametresBudget.depuisBundle();
        for (int exercice : catalogue.exercicesDisponibles()) {
            for (Declinaison declinaison : Declinaison.values()) {
                Nomenclature plan = catalogue.pour(exercice, declinaison).resume();
                chargees.add(plan);
                LOG.log(Level.INFO, "Loaded M57 plan de comptes {0} {1}: {2} chapters, {3} articles, {4} fonctions",
                        plan.declinaison().name(), String.valueOf(plan.exercice()), plan.nombreChapitres(),
                        plan.nombreArticles(), plan.nombreFonctions());
            }
        }
    }

    /** The plan that applies to a budget of {@code exercice}: the newest shipped one whose exercice is not later. */
    public PlanDeComptes plan(int exercice, Declinaison declinaison) {
        return catalogue.pour(exercice, declinaison);
    }

    /** The plans loaded at start. */
    public List<Nomenclature> chargees() {
        return List.copyOf(chargees);
    }

    /** What {@code mutualis:parameters} shows: every parameter with its history, as the server computes with. */
    @Override
    public DuModule parametresDuModule() {
        return new DuModule(BudgetModule.ID, parametres.parametres());
    }

    public ParametresBudget parametres() {
        return parametres;
    }
}
