package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.util.regex.Pattern;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * INSEE code of a commune where the code de l'urbanisme applies: metropolitan départements 01 to 95 (no 20),
 * Corsica 2A/2B, and the overseas départements 971 to 974 and 976. The canonical constructor validates.
 * Split for dossier numbers (A423-3): département on 3 characters, commune on the last 3 characters of the code,
 * so 75056 gives 075 056, 2A004 gives 02A 004 and 97411 gives 974 411.
 */
public record CodeInsee(String code) implements Serializable {

    private static final Pattern METROPOLE = Pattern.compile("(0[1-9]|1\\d|2[1-9]|[3-8]\\d|9[0-5]|2[AB])\\d{3}");
    private static final Pattern OUTRE_MER = Pattern.compile("97[1-46]\\d{2}");
    private static final Pattern HORS_CODE_URBANISME = Pattern.compile("(97[5789]|98\\d)\\d{2}");

    public CodeInsee {
        if (code != null && HORS_CODE_URBANISME.matcher(code).matches()) {
            throw new DonneeInvalideException("Code INSEE « " + code + " » : cette collectivité d'outre-mer a ses "
                    + "propres règles d'urbanisme ; la numérotation A423 du code de l'urbanisme ne s'y applique "
                    + "pas.");
        }
        boolean metropole = code != null && METROPOLE.matcher(code).matches() && !code.endsWith("000");
        boolean outreMer = code != null && OUTRE_MER.matcher(code).matches() && !code.endsWith("00");
        if (!metropole && !outreMer) {
            throw new DonneeInvalideException("Code INSEE de commune invalide : « " + code + " ». Attendu : "
                    + "5 caractères, département 01 à 95 (sauf 20), 2A, 2B, 971 à 974 ou 976 "
                    + "(ex. 75056, 2A004, 97411).");
        }
    }

    /** Normalizes what a user types ({@code " 2a004 "}) before validating. */
    public static CodeInsee of(String code) {
        return new CodeInsee(code == null ? null : code.trim().toUpperCase());
    }

    /** The département as INSEE writes it: {@code 75}, {@code 2A}, {@code 974}. */
    public String departement() {
        return estOutreMer() ? code.substring(0, 3) : code.substring(0, 2);
    }

    /** The département on the 3 characters of A423-3: {@code 075}, {@code 02A}, {@code 974}. */
    public String departementA423() {
        return estOutreMer() ? departement() : "0" + departement();
    }

    /** The commune on the 3 characters of A423-3: the last 3 characters of the code ({@code 056}, {@code 411}). */
    public String communeA423() {
        return code.substring(2);
    }

    private boolean estOutreMer() {
        return code.startsWith("97");
    }

    @Override
    public String toString() {
        return code;
    }
}
