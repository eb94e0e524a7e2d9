package fr.mutualis.core.server.parametres;

import java.util.List;

/**
 * Service a module registers to show its effective-dated parameters (console command {@code mutualis:parameters}).
 * The list reflects what the module computes with now, including files an administrator loaded.
 */
public interface ParametresPublies {

    /** The module id, as in {@code mutualis:modules} (e.g. {@code paie}). */
    String module();

    /** Every parameter of the module with its whole history, in the module's order. */
    List<ParametreDate<?>> parametres();
}
