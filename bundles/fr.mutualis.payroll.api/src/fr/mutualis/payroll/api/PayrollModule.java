package fr.mutualis.payroll.api;

import fr.mutualis.core.api.ModuleInfo;

/** The payroll module (paie) as the server declares it: stable identifier used in configuration and permissions. */
public final class PayrollModule {

    public static final String ID = "paie";

    public static final ModuleInfo INFO = new ModuleInfo(ID, "Paie (fonction publique territoriale)");

    private PayrollModule() {
    }
}
