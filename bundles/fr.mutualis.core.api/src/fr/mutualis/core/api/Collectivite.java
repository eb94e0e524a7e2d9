package fr.mutualis.core.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * A collectivity as the client sees it.
 *
 * @param id          INSEE code (commune) or SIREN (EPCI, syndicat)
 * @param siren       SIREN of the collectivity (9 digits), may be null for a collectivity entered by hand without one
 * @param nom         official name
 * @param kind        commune, EPCI or syndicat
 * @param population  population (INSEE, population municipale for communes, totale for EPCIs)
 * @param departement département code (e.g. {@code 01}, {@code 2A}, {@code 974}); null for an EPCI spanning several
 * @param epci        the EPCI à fiscalité propre the commune belongs to, or null
 * @param epciNom     name of that EPCI, or null
 */
public record Collectivite(CollectiviteId id, String siren, String nom, CollectiviteKind kind, int population,
        String departement, CollectiviteId epci, String epciNom) implements Serializable {

    public Collectivite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(kind, "kind");
    }

    /** Label used in lists: "Ambérieu-en-Bugey (01004)". */
    public String libelle() {
        return nom + " (" + id.code() + ")";
    }
}
