package fr.mutualis.budget.server.regles;

import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.Tiers;
import fr.mutualis.core.api.ControleIban;
import fr.mutualis.core.api.ControleSiret;

/** Check digits of a tiers' SIRET or SIREN and of its IBAN. */
public final class ControleTiers {

    private ControleTiers() {
    }

    public static List<String> verifier(Tiers tiers) {
        List<String> refus = new ArrayList<>();
        ControleSiret.verifier(tiers.identifiant()).forEach(m -> refus.add("Tiers " + tiers.nomComplet() + " : " + m));
        if (tiers.iban() != null && !ControleIban.valide(tiers.iban())) {
            refus.add("Tiers " + tiers.nomComplet() + " : " + ControleIban.probleme(tiers.iban()));
        }
        return refus;
    }
}
