package fr.mutualis.urbanism.api;

import fr.mutualis.core.api.ModuleInfo;

/** Identity of the urbanism module (autorisations du droit des sols), as used in configuration and permissions. */
public final class UrbanismModule {

    /** Stable module identifier, e.g. in {@code @Permission(module = UrbanismModule.ID)}. */
    public static final String ID = "urbanisme";

    public static final ModuleInfo INFO = new ModuleInfo(ID, "Urbanisme (autorisations du droit des sols)");

    private UrbanismModule() {
    }
}
