package fr.mutualis.budget.api;

import fr.mutualis.core.api.ModuleInfo;

/** Identity of the budget and accounting module (M57) as the server and the client know it. */
public final class BudgetModule {

    /** Stable identifier used in configuration and permissions. */
    public static final String ID = "budget";

    public static final ModuleInfo INFO = new ModuleInfo(ID, "Budget et comptabilité (M57)");

    private BudgetModule() {
    }
}
