package fr.mutualis.core.server.parametres;

import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Reads the one parameter file format of every module, {@value #FORMAT}. A file with any problem is refused as a
 * whole (nothing of it is loaded), with one French message per problem and one English line in the log.
 *
 * <pre>
 * { "format": "mutualis-parametres/1", "module": "paie", "description": "free text",
 *   "parametres": [
 *     { "cle": "smic.mensuel", "libelle": "optional French label",
 *       "reference": { "texte": "default reference of the values", "date": "2025-12-17", "note": "optional" },
 *       "valeurs": [ { "dateEffet": "2026-01-01", "valeur": 1823.03, "reference": { "texte": "…" } } ] } ] }
 * </pre>
 *
 * A value's {@code reference} may be left out when its parameter has one; {@code valeur} is any JSON value (numbers
 * are read exactly, as decimals), converted by the module.
 */
public final class LecteurParametres {

    /** The format id every parameter file carries in its "format" field. */
    public static final String FORMAT = "mutualis-parametres/1";

    private static final System.Logger LOG = System.getLogger(LecteurParametres.class.getName());

    private LecteurParametres() {
    }

    /**
     * Reads and checks the whole file, converting each parameter to the module's types with {@code conversion}
     * (which throws {@link DonneeInvalideException} for a value it refuses, e.g. through
     * {@link ParametreDate#convertir}): the problems of reading and of conversion are all reported together, and
     * nothing is returned unless there is none. The stream is read but not closed.
     *
     * @param fichier name of the file for messages and the log (e.g. {@code parametres/budget.json})
     * @param module  the module the file must be for (its "module" field)
     * @throws DonneeInvalideException with every problem found, in French
     */
    public static <R> List<R> lire(InputStream json, String fichier, String module,
            Function<ParametreDate<JsonNode>, R> conversion) {
        List<String> erreurs = new ArrayList<>();
        List<R> parametres = new ArrayList<>();
        try {
            JsonNode racine = racine(json, module);
            Set<String> cles = new HashSet<>();
            List<JsonNode> entrees = ChampsJson.liste(racine, "parametres");
            for (int i = 0; i < entrees.size(); i++) {
                JsonNode entree = entrees.get(i);
                String nom = entree.path("cle").isTextual() ? entree.path("cle").asText() : "n° " + (i + 1);
                try {
                    if (!cles.add(nom)) {
                        throw new DonneeInvalideException("défini deux fois");
                    }
                    parametres.add(conversion.apply(parametre(entree)));
                } catch (DonneeInvalideException e) {
                    for (String erreur : e.erreurs()) {
                        erreurs.add(erreur.startsWith("Paramètre « ") ? point(erreur)
                                : "Paramètre « " + nom + " » : " + point(erreur));
                    }
                }
            }
        } catch (DonneeInvalideException e) {
            erreurs.add("Fichier de paramètres " + fichier + " : " + point(e.getMessage()));
        }
        if (!erreurs.isEmpty()) {
            LOG.log(Level.WARNING, "Parameter file {0} of module {1} refused, nothing loaded ({2} problem(s)): {3}",
                    fichier, module, erreurs.size(), String.join(" | ", erreurs));
            throw new DonneeInvalideException(erreurs);
        }
        return parametres;
    }

    private static JsonNode racine(InputStream json, String module) {
        JsonNode racine = ChampsJson.racine(json, FORMAT);
        ChampsJson.champsAutorises(racine, Set.of("format", "module", "description", "parametres"));
        if (!module.equals(racine.path("module").asText(null))) {
            throw new DonneeInvalideException("fichier du module « " + racine.path("module").asText("") + " », « "
                    + module + " » attendu");
        }
        return racine;
    }

    private static ParametreDate<JsonNode> parametre(JsonNode entree) {
        ChampsJson.champsAutorises(entree, Set.of("cle", "libelle", "reference", "valeurs"));
        String cle = ChampsJson.texte(entree, "cle");
        String libelle = entree.has("libelle") ? ChampsJson.texte(entree, "libelle") : cle;
        ReferenceJuridique parDefaut = entree.has("reference") ? reference(entree.get("reference")) : null;
        List<ValeurDatee<JsonNode>> valeurs = new ArrayList<>();
        List<JsonNode> entrees = ChampsJson.liste(entree, "valeurs");
        for (int i = 0; i < entrees.size(); i++) {
            JsonNode valeur = entrees.get(i);
            try {
                ChampsJson.champsAutorises(valeur, Set.of("dateEffet", "valeur", "reference"));
                JsonNode contenu = valeur.get("valeur");
                if (contenu == null || contenu.isNull()) {
                    throw new DonneeInvalideException("« valeur » manquante");
                }
                ReferenceJuridique reference = valeur.has("reference") ? reference(valeur.get("reference"))
                        : parDefaut;
                if (reference == null) {
                    throw new DonneeInvalideException("« reference » manquante (ni sur la valeur ni sur le paramètre)");
                }
                valeurs.add(new ValeurDatee<>(ChampsJson.date(valeur, "dateEffet"), contenu, reference));
            } catch (DonneeInvalideException e) {
                throw new DonneeInvalideException("valeur n° " + (i + 1) + " : " + e.getMessage());
            }
        }
        return new ParametreDate<>(cle, libelle, valeurs);
    }

    private static ReferenceJuridique reference(JsonNode reference) {
        if (!reference.isObject()) {
            throw new DonneeInvalideException("« reference » mal formée (objet attendu : texte, date, note)");
        }
        ChampsJson.champsAutorises(reference, Set.of("texte", "date", "note"));
        return new ReferenceJuridique(ChampsJson.texte(reference, "texte"),
                reference.has("date") ? ChampsJson.date(reference, "date") : null,
                reference.has("note") ? ChampsJson.texte(reference, "note") : null);
    }

    private static String point(String message) {
        return message.endsWith(".") ? message : message + ".";
    }
}
