package fr.mutualis.budget.server.parametres;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mutualis.core.api.DonneeInvalideException;

/** Reads {@code parametres/budget.json} (format described in its own "description" field). */
final class LecteurParametresBudget {

    private LecteurParametresBudget() {
    }

    static ParametresBudget lire(InputStream json) {
        JsonNode racine;
        try {
            racine = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new DonneeInvalideException("Fichier de paramètres du budget illisible : " + e.getMessage());
        }
        Map<String, JsonNode> parIdentifiant = new HashMap<>();
        for (JsonNode noeud : racine == null ? List.<JsonNode>of() : racine.path("parametres")) {
            if (parIdentifiant.put(noeud.path("id").asText(), noeud) != null) {
                throw invalide("le paramètre « " + noeud.path("id").asText() + " » est défini deux fois");
            }
        }
        return new ParametresBudget(
                parametre(parIdentifiant, ParametresBudget.TAUX_FONGIBILITE, LecteurParametresBudget::taux),
                parametre(parIdentifiant, ParametresBudget.FIN_JOURNEE_COMPLEMENTAIRE, LecteurParametresBudget::jour));
    }

    private static <T> ParametreDate<T> parametre(Map<String, JsonNode> parametres, String id,
            Function<JsonNode, T> lecture) {
        JsonNode noeud = parametres.get(id);
        if (noeud == null) {
            throw invalide("le paramètre « " + id + " » manque");
        }
        List<ValeurDatee<T>> valeurs = new ArrayList<>();
        for (JsonNode valeur : noeud.path("valeurs")) {
            try {
                valeurs.add(new ValeurDatee<>(LocalDate.parse(valeur.path("debut").asText()), lecture.apply(valeur)));
            } catch (DateTimeException | NumberFormatException e) {
                throw invalide("« " + id + " » : valeur illisible " + valeur + " (" + e.getMessage() + ")");
            }
        }
        if (valeurs.isEmpty() || noeud.path("reference").asText().isBlank()) {
            throw invalide("« " + id + " » doit avoir au moins une valeur et sa référence juridique");
        }
        return new ParametreDate<>(id, noeud.path("libelle").asText(id), noeud.path("reference").asText(), valeurs);
    }

    private static BigDecimal taux(JsonNode valeur) {
        BigDecimal taux = new BigDecimal(valeur.path("taux").asText());
        if (taux.signum() < 0 || taux.compareTo(BigDecimal.ONE) > 0) {
            throw new NumberFormatException("un taux est compris entre 0 et 1");
        }
        return taux;
    }

    private static MonthDay jour(JsonNode valeur) {
        return MonthDay.of(valeur.path("mois").asInt(0), valeur.path("jour").asInt(0));
    }

    private static DonneeInvalideException invalide(String detail) {
        return new DonneeInvalideException("Fichier de paramètres du budget invalide : " + detail + ".");
    }
}
