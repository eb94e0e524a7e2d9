package fr.mutualis.core.server.parametres;

import java.util.List;

/**
 * Service a module registers to show its effective-dated parameters (console command {@code mutualis:parameters}),
 * as the module computes with them now, including files an administrator loaded.
 */
public interface ParametresPublies {

    /**
     * The parameters of one module.
     *
     * @param module     the module id, as in {@code mutualis:modules} (e.g. {@code paie})
     * @param parametres every parameter of the module with its whole history, in the module's order
     */
    record DuModule(String module, List<ParametreDate<?>> parametres) {

        public DuModule {
            parametres = List.copyOf(parametres);
        }
    }

    DuModule parametresDuModule();
}
