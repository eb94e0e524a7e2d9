package fr.mutualis.payroll.server.parametres;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.parametres.LecteurParametres;

/**
 * Files loaded before the shared parameter format (format {@value #FORMAT}, stored in the database and merged again
 * at every start) rewritten in the format {@value LecteurParametres#FORMAT}: the same keys, dates, values and
 * references, the grids' {@code baremes[].versions[]} becoming parameters whose value holds the tranches.
 */
final class AncienFormatPaie {

    static final String FORMAT = "mutualis-paie-parametres/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private AncienFormatPaie() {
    }

    /** {@code contenu} in the current format; a file already in it, or not JSON, is returned as it is. */
    static String enFormatActuel(String contenu) {
        JsonNode ancien;
        try {
            ancien = MAPPER.readTree(contenu);
        } catch (IOException e) {
            return contenu;
        }
        if (ancien == null || !FORMAT.equals(ancien.path("format").asText(null))) {
            return contenu;
        }
        ObjectNode actuel = MAPPER.createObjectNode().put("format", LecteurParametres.FORMAT).put("module", "paie");
        if (ancien.has("description")) {
            actuel.set("description", ancien.get("description"));
        }
        ArrayNode parametres = actuel.putArray("parametres");
        ancien.path("parametres").forEach(parametres::add);
        for (JsonNode bareme : ancien.path("baremes")) {
            ObjectNode parametre = parametres.addObject().put("cle", bareme.path("cle").asText());
            ArrayNode valeurs = parametre.putArray("valeurs");
            for (JsonNode version : bareme.path("versions")) {
                ObjectNode valeur = valeurs.addObject();
                valeur.set("dateEffet", version.get("dateEffet"));
                valeur.putObject("valeur").set("tranches", version.get("tranches"));
                valeur.set("reference", version.get("reference"));
            }
        }
        try {
            return MAPPER.writeValueAsString(actuel);
        } catch (IOException e) {
            throw new DonneeInvalideException("Fichier de paie au format " + FORMAT + " impossible à convertir : "
                    + e.getMessage());
        }
    }
}
