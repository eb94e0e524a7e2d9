package fr.mutualis.payroll.server.parametres;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Reads a payroll parameter file (format {@value #FORMAT}, see {@code parametres/paie.json}) into a
 * {@link ParametresPaie}. A file with any problem is refused as a whole, with one French message per problem.
 *
 * <pre>
 * { "format": "mutualis-paie-parametres/1", "description": "...",
 *   "parametres": [ { "cle": "smic.mensuel", "valeurs": [
 *       { "dateEffet": "2026-01-01", "valeur": 1823.03,
 *         "reference": { "texte": "Décret n° 2025-1228 du 17 décembre 2025", "date": "2025-12-17",
 *                        "note": "optional caveat" } } ] } ],
 *   "baremes": [ { "cle": "pas.taux_neutre.metropole", "versions": [
 *       { "dateEffet": "2025-05-01", "reference": { ... }, "tranches": [ { "seuil": 0, "taux": 0 }, ... ] } ] } ] }
 * </pre>
 */
public final class ChargeurParametres {

    public static final String FORMAT = "mutualis-paie-parametres/1";

    private static final String FICHIER = "de paramètres de paie";

    private ChargeurParametres() {
    }

    /** Reads and checks the whole file; the stream is read but not closed. */
    public static ParametresPaie charger(InputStream json) {
        JsonNode racine = LecteurJson.racine(json, FICHIER, FORMAT);
        List<String> erreurs = new ArrayList<>();
        List<Parametre> parametres = new ArrayList<>();
        List<Bareme> baremes = new ArrayList<>();
        try {
            LecteurJson.champsAutorises(racine, Set.of("format", "description", "parametres", "baremes"));
            for (JsonNode entree : listeOptionnelle(racine, "parametres")) {
                lire(entree, "Paramètre", erreurs, () -> parametres.add(parametre(entree)));
            }
            for (JsonNode entree : listeOptionnelle(racine, "baremes")) {
                lire(entree, "Barème", erreurs, () -> baremes.add(bareme(entree)));
            }
        } catch (DonneeInvalideException e) {
            erreurs.add("Fichier " + FICHIER + " : " + e.getMessage() + ".");
        }
        if (erreurs.isEmpty()) {
            try {
                return new ParametresPaie(parametres, baremes);
            } catch (DonneeInvalideException e) {
                erreurs.addAll(e.erreurs());
            }
        }
        throw new DonneeInvalideException(erreurs);
    }

    private static List<JsonNode> listeOptionnelle(JsonNode racine, String champ) {
        return racine.has(champ) ? LecteurJson.liste(racine, champ) : List.of();
    }

    /** Runs {@code lecture}; a problem is recorded with the entry's key as context and reading goes on. */
    private static void lire(JsonNode entree, String genre, List<String> erreurs, Runnable lecture) {
        try {
            lecture.run();
        } catch (DonneeInvalideException e) {
            String prefixe = genre + " « " + entree.path("cle").asText("?") + " » : ";
            for (String erreur : e.erreurs()) {
                boolean avecContexte = erreur.startsWith("Paramètre « ") || erreur.startsWith("Barème « ");
                erreurs.add(avecContexte ? erreur : prefixe + erreur + ".");
            }
        }
    }

    private static Parametre parametre(JsonNode entree) {
        LecteurJson.champsAutorises(entree, Set.of("cle", "valeurs"));
        CleParametre cle = cle(entree);
        List<ValeurParametre> valeurs = new ArrayList<>();
        List<JsonNode> entrees = LecteurJson.liste(entree, "valeurs");
        for (int i = 0; i < entrees.size(); i++) {
            JsonNode valeur = entrees.get(i);
            valeurs.add(enContexte("valeur n° " + (i + 1), () -> {
                LecteurJson.champsAutorises(valeur, Set.of("dateEffet", "valeur", "reference"));
                return new ValeurParametre(LecteurJson.date(valeur, "dateEffet"), LecteurJson.nombre(valeur, "valeur"),
                        reference(valeur));
            }));
        }
        return new Parametre(cle, valeurs);
    }

    private static Bareme bareme(JsonNode entree) {
        LecteurJson.champsAutorises(entree, Set.of("cle", "versions"));
        CleParametre cle = cle(entree);
        List<VersionBareme> versions = new ArrayList<>();
        List<JsonNode> entrees = LecteurJson.liste(entree, "versions");
        for (int i = 0; i < entrees.size(); i++) {
            JsonNode version = entrees.get(i);
            versions.add(enContexte("version n° " + (i + 1), () -> {
                LecteurJson.champsAutorises(version, Set.of("dateEffet", "reference", "tranches"));
                List<TrancheBareme> tranches = new ArrayList<>();
                List<JsonNode> lignes = LecteurJson.liste(version, "tranches");
                for (int j = 0; j < lignes.size(); j++) {
                    JsonNode tranche = lignes.get(j);
                    tranches.add(enContexte("tranche n° " + (j + 1), () -> {
                        LecteurJson.champsAutorises(tranche, Set.of("seuil", "taux"));
                        return new TrancheBareme(LecteurJson.nombre(tranche, "seuil"),
                                LecteurJson.nombre(tranche, "taux"));
                    }));
                }
                return new VersionBareme(LecteurJson.date(version, "dateEffet"), tranches, reference(version));
            }));
        }
        return new Bareme(cle, versions);
    }

    /** Runs {@code lecture}, prefixing any problem with {@code contexte} (e.g. "valeur n° 2"). */
    private static <T> T enContexte(String contexte, Supplier<T> lecture) {
        try {
            return lecture.get();
        } catch (DonneeInvalideException e) {
            throw new DonneeInvalideException(contexte + " : " + e.getMessage());
        }
    }

    private static CleParametre cle(JsonNode entree) {
        String code = LecteurJson.texte(entree, "cle");
        return CleParametre.depuisCode(code)
                .orElseThrow(() -> new DonneeInvalideException("clé inconnue du moteur de paie"));
    }

    private static ReferenceJuridique reference(JsonNode parent) {
        JsonNode reference = LecteurJson.objet(parent, "reference");
        LecteurJson.champsAutorises(reference, Set.of("texte", "date", "note"));
        return new ReferenceJuridique(LecteurJson.texte(reference, "texte"), LecteurJson.date(reference, "date"),
                LecteurJson.texteOptionnel(reference, "note").orElse(null));
    }
}
