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
 *                  "echelons": [ { "echelon": 1, "indiceBrut": 367, "indiceMajore": 366, "dureeMois": 12 }, ... ] } ],
 *   "grades": [ { "code": "ADJ-ADM", "libelle": "Adjoint administratif", "categorie": "C",
 *                 "filiere": "administrative", "grille": "C1", "sources": [ "..." ] } ] }
 * </pre>
 *
 * {@code indiceBrut} and {@code dureeMois} are optional (only what the sources give is written); {@code grades} is
 * optional too.
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
        List<Grade> grades = new ArrayList<>();
        try {
            ChampsJson.champsAutorises(racine, Set.of("format", "description", "grilles", "grades"));
            // a file may add grades on known grids only: "grilles" may then be empty
            boolean gradesSeuls = racine.path("grades").size() > 0 && racine.path("grilles").isArray()
                    && racine.path("grilles").isEmpty();
            for (JsonNode entree : gradesSeuls ? List.<JsonNode>of() : ChampsJson.liste(racine, "grilles")) {
                try {
                    grilles.add(grille(entree));
                } catch (DonneeInvalideException e) {
                    erreurs.add("Grille « " + entree.path("code").asText("?") + " » : " + e.getMessage() + ".");
                }
            }
            if (racine.has("grades")) {
                for (JsonNode entree : ChampsJson.liste(racine, "grades")) {
                    try {
                        grades.add(grade(entree));
                    } catch (DonneeInvalideException e) {
                        erreurs.add("Grade « " + entree.path("code").asText("?") + " » : " + e.getMessage() + ".");
                    }
                }
            }
        } catch (DonneeInvalideException e) {
            erreurs.add("Fichier " + FICHIER + " : " + e.getMessage() + ".");
        }
        if (erreurs.isEmpty()) {
            try {
                return new GrillesIndiciaires(grilles, grades);
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
            ChampsJson.champsAutorises(echelon, Set.of("echelon", "indiceBrut", "indiceMajore", "dureeMois"));
            echelons.add(new Echelon(ChampsJson.entier(echelon, "echelon"),
                    ChampsJson.entier(echelon, "indiceMajore"),
                    echelon.has("indiceBrut") ? ChampsJson.entier(echelon, "indiceBrut") : 0,
                    echelon.has("dureeMois") ? ChampsJson.entier(echelon, "dureeMois") : 0));
        }
        return new GrilleGrade(ChampsJson.texte(entree, "code"), ChampsJson.texte(entree, "libelle"),
                ChampsJson.date(entree, "dateEffet"), echelons, sources(entree));
    }

    private static Grade grade(JsonNode entree) {
        ChampsJson.champsAutorises(entree, Set.of("code", "libelle", "categorie", "filiere", "grille", "sources"));
        return new Grade(ChampsJson.texte(entree, "code"), ChampsJson.texte(entree, "libelle"),
                ChampsJson.texte(entree, "categorie"), ChampsJson.texte(entree, "filiere"),
                ChampsJson.texte(entree, "grille"), sources(entree));
    }

    private static List<String> sources(JsonNode entree) {
        JsonNode sources = entree.path("sources");
        if (!sources.isArray()) {
            throw new DonneeInvalideException("« sources » manquant ou mal formé (liste de textes attendue)");
        }
        List<String> textes = new ArrayList<>();
        sources.forEach(source -> textes.add(source.asText()));
        return textes;
    }
}
