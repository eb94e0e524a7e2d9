package fr.mutualis.payroll.server.parametres;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.parametres.ChampsJson;

/**
 * Reads a grade grid file (format {@value #FORMAT}, see {@code parametres/grilles.json}) into
 * {@link GrillesIndiciaires}. A file with any problem is refused as a whole.
 *
 * <pre>
 * { "format": "mutualis-paie-grilles/1", "description": "...",
 *   "grilles": [ { "code": "C1", "libelle": "...", "dateEffet": "2024-01-01", "sources": [ "..." ],
 *                  "echelons": [ { "echelon": 1, "indiceMajore": 366 }, ... ] } ] }
 * </pre>
 */
public final class ChargeurGrilles {

    public static final String FORMAT = "mutualis-paie-grilles/1";

    private static final String FICHIER = "de grilles indiciaires";

    private ChargeurGrilles() {
    }

    /** Reads and checks the whole file; the stream is read but not closed. */
    public static GrillesIndiciaires charger(InputStream json) {
        JsonNode racine;
        try {
            racine = ChampsJson.racine(json, FORMAT);
        } catch (DonneeInvalideException e) {
            throw new DonneeInvalideException("Fichier " + FICHIER + " : " + e.getMessage() + ".");
        }
        List<String> erreurs = new ArrayList<>();
        List<GrilleGrade> grilles = new ArrayList<>();
        try {
            ChampsJson.champsAutorises(racine, Set.of("format", "description", "grilles"));
            for (JsonNode entree : ChampsJson.liste(racine, "grilles")) {
                try {
                    grilles.add(grille(entree));
                } catch (DonneeInvalideException e) {
                    erreurs.add("Grille « " + entree.path("code").asText("?") + " » : " + e.getMessage() + ".");
                }
            }
        } catch (DonneeInvalideException e) {
            erreurs.add("Fichier " + FICHIER + " : " + e.getMessage() + ".");
        }
        if (erreurs.isEmpty()) {
            try {
                return new GrillesIndiciaires(grilles);
            } catch (DonneeInvalideException e) {
                erreurs.addAll(e.erreurs());
            }
        }
        throw new DonneeInvalideException(erreurs);
    }

    private static GrilleGrade grille(JsonNode entree) {
        ChampsJson.champsAutorises(entree, Set.of("code", "libelle", "dateEffet", "sources", "echelons"));
        List<Echelon> echelons = new ArrayList<>();
        for (JsonNode echelon : ChampsJson.liste(entree, "echelons")) {
            ChampsJson.champsAutorises(echelon, Set.of("echelon", "indiceMajore"));
            echelons.add(new Echelon(ChampsJson.entier(echelon, "echelon"),
                    ChampsJson.entier(echelon, "indiceMajore")));
        }
        JsonNode sources = entree.path("sources");
        if (!sources.isArray()) {
            throw new DonneeInvalideException("« sources » manquant ou mal formé (liste de textes attendue)");
        }
        List<String> textes = new ArrayList<>();
        sources.forEach(source -> textes.add(source.asText()));
        return new GrilleGrade(ChampsJson.texte(entree, "code"), ChampsJson.texte(entree, "libelle"),
                ChampsJson.date(entree, "dateEffet"), echelons, textes);
    }
}
