package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as registered by the town hall, before it has a number. Checked by the server as a whole: every
 * problem is reported at once and nothing is written.
 *
 * @param cerfa          number of the Cerfa form used, with or without its version (e.g. {@code 13406*07})
 * @param adresseTerrain address of the land concerned
 * @param description    nature of the works or of the operation (optional for a CUa)
 * @param casRefusTacite null when silence means approval (the general rule, R424-1)
 * @param suffixe        for a request to modify or transfer a permit: its nature; null for an original application
 * @param permisInitial  for a modification or transfer: the number of the permit concerned; null otherwise
 */
public record DepotDossier(TypeDossier type, LocalDate dateDepot, CanalDepot canal, String cerfa,
        Petitionnaire petitionnaire, String adresseTerrain, List<Parcelle> parcelles, String description,
        CasRefusTacite casRefusTacite, NatureSuffixe suffixe, String permisInitial) implements Serializable {

    public DepotDossier {
        cerfa = cerfa == null ? "" : cerfa.strip();
        adresseTerrain = adresseTerrain == null ? "" : adresseTerrain.strip();
        parcelles = parcelles == null ? List.of() : List.copyOf(parcelles);
        description = description == null ? "" : description.strip();
        permisInitial = permisInitial == null || permisInitial.isBlank() ? null : permisInitial.strip();
    }

    /** An original application where silence means approval. */
    public static DepotDossier initial(TypeDossier type, LocalDate dateDepot, CanalDepot canal, String cerfa,
            Petitionnaire petitionnaire, String adresseTerrain, List<Parcelle> parcelles, String description) {
        return new DepotDossier(type, dateDepot, canal, cerfa, petitionnaire, adresseTerrain, parcelles, description,
                null, null, null);
    }

    /** The same application, as a modification or transfer of the permit {@code numeroPermis}. */
    public DepotDossier rattacheA(NatureSuffixe nature, String numeroPermis) {
        return new DepotDossier(type, dateDepot, canal, cerfa, petitionnaire, adresseTerrain, parcelles, description,
                casRefusTacite, nature, numeroPermis);
    }

    /** The same application, in a case where silence means refusal. */
    public DepotDossier avecRefusTacite(CasRefusTacite cas) {
        return new DepotDossier(type, dateDepot, canal, cerfa, petitionnaire, adresseTerrain, parcelles, description,
                cas, suffixe, permisInitial);
    }
}
