package fr.mutualis.budget.api;

import java.io.Serializable;

/**
 * A tiers of the collectivity's répertoire. Bank details are personal data: users who do not need them (every role but
 * the ordonnateur's) receive the tiers without IBAN and BIC, and the IBAN masked in {@link #iban()}.
 *
 * @param id    identifier in the répertoire, to name the tiers of a new pièce
 * @param iban  the IBAN as the caller may see it: clear for the ordonnateur, masked otherwise, null when unknown
 * @param actif false once deactivated: kept for the pièces that name it, no longer offered for new ones
 */
public record FicheTiers(long id, Tiers tiers, String iban, boolean actif) implements Serializable {

    public FicheTiers {
        Erreurs e = new Erreurs("Fiche tiers " + id);
        e.nonNul(tiers, "Tiers");
        e.lever();
    }

    /** An active tiers (the form of release 1.0). */
    public FicheTiers(long id, Tiers tiers, String iban) {
        this(id, tiers, iban, true);
    }

    /** "QUINCAILLERIE MARTIN (SIRET 73282932000074)". */
    public String libelle() {
        return tiers.nomComplet() + (tiers.identifiant() == null ? ""
                : " (" + (tiers.identifieParSiret() ? "SIRET " : "SIREN ") + tiers.identifiant() + ")");
    }
}
