package fr.mutualis.core.server.parametres;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parameter file as read by {@link LecteurParametres}: the module it is for and its parameters, whose values are
 * still in their JSON form (each module converts them to its own types with {@link ParametreDate#convertir}).
 */
public record FichierParametres(String module, List<ParametreDate<JsonNode>> parametres) {

    public FichierParametres {
        parametres = List.copyOf(parametres);
    }

    /** The parameter {@code cle}, if the file has it. */
    public Optional<ParametreDate<JsonNode>> parametre(String cle) {
        return parametres.stream().filter(parametre -> parametre.cle().equals(cle)).findFirst();
    }
}
