package fr.mutualis.urbanism.server.delais;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * One dated value of a deadline parameter (its date and legal reference are carried by the core
 * {@link fr.mutualis.core.server.parametres.ValeurDatee} around it).
 *
 * @param mois  duration in months, null for a parameter that only lists types
 * @param types the dossier types the rule applies to (all types when the file does not restrict it)
 * @param effet for a majoration, how it changes the period; null otherwise
 */
public record ValeurDelai(Integer mois, Set<TypeDossier> types, EffetMajoration effet) {

    private static final Set<String> CHAMPS = Set.of("mois", "types", "effet");

    public ValeurDelai {
        types = Set.copyOf(types);
    }

    /** The value as written in the file: {@code { "mois": 2, "types": ["PC"], "effet": "AJOUT" }}. */
    static ValeurDelai depuisJson(JsonNode valeur) {
        if (!valeur.isObject()) {
            throw new DonneeInvalideException("objet attendu ({ \"mois\": …, \"types\": […], \"effet\": … })");
        }
        for (Iterator<String> noms = valeur.fieldNames(); noms.hasNext();) {
            String nom = noms.next();
            if (!CHAMPS.contains(nom)) {
                throw new DonneeInvalideException("champ inconnu « " + nom + " » (mois, types ou effet)");
            }
        }
        Integer mois = null;
        if (valeur.has("mois")) {
            if (!valeur.get("mois").canConvertToExactIntegral() || valeur.get("mois").asInt() < 0) {
                throw new DonneeInvalideException("« mois » doit être un entier positif");
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
                throw new DonneeInvalideException("effet « " + valeur.get("effet").asText()
                        + " » inconnu (AJOUT ou PORTE_A)");
            }
        }
        return new ValeurDelai(mois, types, effet);
    }

    /** As shown by {@code mutualis:parameters}: {@code 2 mois ; AJOUT ; PCMI, PC}. */
    @Override
    public String toString() {
        String texte = mois == null ? "" : mois + " mois";
        if (effet != null) {
            texte += (texte.isEmpty() ? "" : " ; ") + effet;
        }
        if (!types.equals(EnumSet.allOf(TypeDossier.class))) {
            texte += (texte.isEmpty() ? "" : " ; ") + Textes.types(types);
        }
        return texte.isEmpty() ? "tous types" : texte;
    }
}
