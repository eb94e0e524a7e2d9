package fr.mutualis.core.server.parametres;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Strict reading of JSON data files field by field (numbers exact, duplicate keys and unknown fields refused), each
 * problem as a French message without final point, for the reader to put in context.
 */
public final class ChampsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper(
            JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private ChampsJson() {
    }

    /** The root object of a data file whose "format" field must be {@code format}. */
    public static JsonNode racine(InputStream json, String format) {
        JsonNode racine = lire(json);
        if (racine == null || !racine.isObject()) {
            throw new DonneeInvalideException("fichier vide ou mal formé : un objet JSON est attendu");
        }
        String lu = racine.path("format").asText("");
        if (!format.equals(lu)) {
            throw new DonneeInvalideException((lu.isBlank() ? "champ « format » manquant" : "format « " + lu
                    + " » non reconnu") + ", « " + format + " » attendu");
        }
        return racine;
    }

    /** The "format" field of a data file, or empty when it has none (e.g. to tell which reader a file is for). */
    public static Optional<String> format(InputStream json) {
        JsonNode racine = lire(json);
        return racine == null ? Optional.empty() : Optional.ofNullable(racine.path("format").textValue());
    }

    private static JsonNode lire(InputStream json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation lieu = e.getLocation();
            throw new DonneeInvalideException("JSON invalide"
                    + (lieu == null ? "" : " à la ligne " + lieu.getLineNr() + ", colonne " + lieu.getColumnNr())
                    + " (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new DonneeInvalideException("fichier illisible (" + e.getMessage() + ")");
        }
    }

    /** Refuses any field of {@code objet} not in {@code autorises} (a misspelt field would otherwise be ignored). */
    public static void champsAutorises(JsonNode objet, Set<String> autorises) {
        Iterator<String> noms = objet.fieldNames();
        while (noms.hasNext()) {
            String nom = noms.next();
            if (!autorises.contains(nom)) {
                throw new DonneeInvalideException("champ inconnu « " + nom + " » (champs possibles : "
                        + String.join(", ", autorises.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The elements of the non-empty array {@code champ}; each must be an object. */
    public static List<JsonNode> liste(JsonNode parent, String champ) {
        JsonNode noeud = parent.get(champ);
        if (noeud == null || !noeud.isArray() || noeud.isEmpty()) {
            throw new DonneeInvalideException("« " + champ + " » manquant ou mal formé (liste non vide attendue)");
        }
        List<JsonNode> elements = new ArrayList<>();
        for (JsonNode element : noeud) {
            if (!element.isObject()) {
                throw new DonneeInvalideException("« " + champ + " » : chaque élément doit être un objet JSON");
            }
            elements.add(element);
        }
        return elements;
    }

    public static String texte(JsonNode parent, String champ) {
        JsonNode noeud = parent.get(champ);
        if (noeud == null || !noeud.isTextual() || noeud.asText().isBlank()) {
            throw new DonneeInvalideException("« " + champ + " » manquant (texte non vide attendu)");
        }
        return noeud.asText();
    }

    public static LocalDate date(JsonNode parent, String champ) {
        String texte = texte(parent, champ);
        try {
            return LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            throw new DonneeInvalideException("« " + champ + " » : date invalide « " + texte
                    + " » (format attendu AAAA-MM-JJ)");
        }
    }

    public static int entier(JsonNode parent, String champ) {
        JsonNode noeud = parent.get(champ);
        if (noeud == null || !noeud.canConvertToExactIntegral() || !noeud.canConvertToInt()) {
            throw new DonneeInvalideException("« " + champ + " » manquant ou non entier (nombre entier attendu)");
        }
        return noeud.intValue();
    }
}
