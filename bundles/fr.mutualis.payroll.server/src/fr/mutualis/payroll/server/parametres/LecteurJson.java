package fr.mutualis.payroll.server.parametres;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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

/** Reads the JSON data files field by field, refusing anything malformed with a French message. */
final class LecteurJson {

    private static final ObjectMapper MAPPER = new ObjectMapper(
            JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private LecteurJson() {
    }

    /** The root object of a data file whose "format" field must be {@code format}. */
    static JsonNode racine(InputStream json, String fichier, String format) {
        JsonNode racine = lire(json, fichier);
        if (racine == null || !racine.isObject()) {
            throw new DonneeInvalideException("Fichier " + fichier + " vide ou mal formé : un objet JSON est attendu.");
        }
        if (!format.equals(racine.path("format").asText(null))) {
            throw new DonneeInvalideException("Fichier " + fichier + " : format « " + racine.path("format").asText("")
                    + " » non reconnu, « " + format + " » attendu.");
        }
        return racine;
    }

    /**
     * The "format" field of a data file, or empty when it has none.
     *
     * @throws DonneeInvalideException when the file is not valid JSON
     */
    static Optional<String> format(InputStream json, String fichier) {
        JsonNode racine = lire(json, fichier);
        return racine == null ? Optional.empty() : Optional.ofNullable(racine.path("format").textValue());
    }

    private static JsonNode lire(InputStream json, String fichier) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation lieu = e.getLocation();
            throw new DonneeInvalideException("Fichier " + fichier + " illisible : JSON invalide"
                    + (lieu == null ? "" : " à la ligne " + lieu.getLineNr() + ", colonne " + lieu.getColumnNr())
                    + " (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new DonneeInvalideException("Fichier " + fichier + " illisible : " + e.getMessage());
        }
    }

    /** Refuses any field of {@code objet} not in {@code autorises} (a misspelt field would otherwise be ignored). */
    static void champsAutorises(JsonNode objet, Set<String> autorises) {
        Iterator<String> noms = objet.fieldNames();
        while (noms.hasNext()) {
            String nom = noms.next();
            if (!autorises.contains(nom)) {
                throw new DonneeInvalideException("champ inconnu « " + nom + " » (champs possibles : "
                        + String.join(", ", autorises.stream().sorted().toList()) + ")");
            }
        }
    }

    static JsonNode objet(JsonNode parent, String champ) {
        JsonNode noeud = parent.get(champ);
        if (noeud == null || !noeud.isObject()) {
            throw new DonneeInvalideException("« " + champ + " » manquant ou mal formé (objet attendu)");
        }
        return noeud;
    }

    /** The elements of the array {@code champ}; each must be an object. */
    static List<JsonNode> liste(JsonNode parent, String champ) {
        JsonNode noeud = parent.get(champ);
        if (noeud == null || !noeud.isArray()) {
            throw new DonneeInvalideException("« " + champ + " » manquant ou mal formé (liste attendue)");
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

    static String texte(JsonNode parent, String champ) {
        return texteOptionnel(parent, champ)
                .orElseThrow(() -> new DonneeInvalideException("« " + champ + " » manquant (texte attendu)"));
    }

    static Optional<String> texteOptionnel(JsonNode parent, String champ) {
        JsonNode noeud = parent.get(champ);
        if (noeud == null || noeud.isNull()) {
            return Optional.empty();
        }
        if (!noeud.isTextual() || noeud.asText().isBlank()) {
            throw new DonneeInvalideException("« " + champ + " » doit être un texte non vide");
        }
        return Optional.of(noeud.asText());
    }

    static LocalDate date(JsonNode parent, String champ) {
        String texte = texte(parent, champ);
        try {
            return LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            throw new DonneeInvalideException("« " + champ + " » : date invalide « " + texte
                    + " » (format attendu AAAA-MM-JJ)");
        }
    }

    /** An exact decimal number (a JSON number, never a string). */
    static BigDecimal nombre(JsonNode parent, String champ) {
        JsonNode noeud = parent.get(champ);
        if (noeud == null || !noeud.isNumber()) {
            throw new DonneeInvalideException("« " + champ + " » manquant ou non numérique (nombre attendu"
                    + (noeud == null ? "" : ", reçu " + noeud) + ")");
        }
        return noeud.decimalValue();
    }

    static int entier(JsonNode parent, String champ) {
        JsonNode noeud = parent.get(champ);
        if (noeud == null || !noeud.canConvertToExactIntegral() || !noeud.canConvertToInt()) {
            throw new DonneeInvalideException("« " + champ + " » manquant ou non entier (nombre entier attendu)");
        }
        return noeud.intValue();
    }
}
