package fr.mutualis.urbanism.server.delais;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.TypeDossier;

/** Reads the JSON parameter file (format described in its own "description" field) into parameters by id. */
final class LecteurParametres {

    private LecteurParametres() {
    }

    static Map<String, ParametreDate> lire(InputStream json) {
        JsonNode racine;
        try {
            racine = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new DonneeInvalideException("Fichier de paramètres de délais illisible : " + e.getMessage());
        }
        if (racine == null || !racine.path("parametres").isArray()) {
            throw invalide("la liste « parametres » manque");
        }
        Map<String, ParametreDate> parametres = new LinkedHashMap<>();
        for (JsonNode noeud : racine.path("parametres")) {
            ParametreDate parametre = parametre(noeud);
            if (parametres.put(parametre.id(), parametre) != null) {
                throw invalide("le paramètre « " + parametre.id() + " » est défini deux fois");
            }
        }
        return parametres;
    }

    private static ParametreDate parametre(JsonNode noeud) {
        String id = texte(noeud, "id", "?");
        List<ValeurDatee> valeurs = new ArrayList<>();
        Set<LocalDate> debuts = new HashSet<>();
        for (JsonNode valeur : noeud.path("valeurs")) {
            ValeurDatee lue = valeur(id, valeur);
            if (!debuts.add(lue.debut())) {
                throw invalide("« " + id + " » a deux valeurs au " + Textes.date(lue.debut()));
            }
            valeurs.add(lue);
        }
        if (valeurs.isEmpty()) {
            throw invalide("« " + id + " » n'a aucune valeur");
        }
        return new ParametreDate(id, texte(noeud, "libelle", id), texte(noeud, "reference", id), valeurs);
    }

    private static ValeurDatee valeur(String id, JsonNode valeur) {
        LocalDate debut;
        try {
            debut = LocalDate.parse(texte(valeur, "debut", id));
        } catch (DateTimeParseException e) {
            throw invalide("« " + id + " » : date de début « " + valeur.path("debut").asText()
                    + " » illisible (AAAA-MM-JJ)");
        }
        Integer mois = null;
        if (valeur.has("mois")) {
            if (!valeur.get("mois").canConvertToExactIntegral() || valeur.get("mois").asInt() < 0) {
                throw invalide("« " + id + " » : « mois » doit être un entier positif");
            }
            mois = valeur.get("mois").asInt();
        }
        Set<TypeDossier> types = EnumSet.allOf(TypeDossier.class);
        if (valeur.has("types")) {
            types = EnumSet.noneOf(TypeDossier.class);
            for (JsonNode type : valeur.get("types")) {
                types.add(TypeDossier.parse(type.asText()));
            }
        }
        EffetMajoration effet = null;
        if (valeur.has("effet")) {
            try {
                effet = EffetMajoration.valueOf(valeur.get("effet").asText());
            } catch (IllegalArgumentException e) {
                throw invalide("« " + id + " » : effet « " + valeur.get("effet").asText()
                        + " » inconnu (AJOUT ou PORTE_A)");
            }
        }
        return new ValeurDatee(debut, mois, types, effet, valeur.path("source").asText(""));
    }

    private static String texte(JsonNode noeud, String champ, String parametre) {
        if (!noeud.path(champ).isTextual() || noeud.path(champ).asText().isBlank()) {
            throw invalide("« " + parametre + " » : le champ « " + champ + " » manque");
        }
        return noeud.path(champ).asText();
    }

    static DonneeInvalideException invalide(String probleme) {
        return new DonneeInvalideException("Fichier de paramètres de délais invalide : " + probleme + ".");
    }
}
