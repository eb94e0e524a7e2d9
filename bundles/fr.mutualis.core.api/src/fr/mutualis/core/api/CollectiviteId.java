package fr.mutualis.core.api;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Identifies a collectivity in every remote call: the INSEE code of a commune (5 characters, e.g. {@code 01001},
 * {@code 2A004}) or the SIREN of an EPCI or a syndicat (9 digits).
 * The canonical constructor validates, so a malformed value is refused even when it arrives deserialized.
 */
public record CollectiviteId(String code) implements Serializable {

    private static final Pattern INSEE = Pattern.compile("(\\d{5}|2[AB]\\d{3})");
    private static final Pattern SIREN = Pattern.compile("\\d{9}");

    public CollectiviteId {
        if (code == null || !(INSEE.matcher(code).matches() || SIREN.matcher(code).matches())) {
            throw new DonneeInvalideException("Code de collectivité invalide : « " + code
                    + " ». Attendu : un code INSEE de commune (5 caractères, ex. 01001) ou un SIREN (9 chiffres).");
        }
    }

    public static CollectiviteId of(String code) {
        return new CollectiviteId(code == null ? null : code.trim().toUpperCase());
    }

    /** True when this is the INSEE code of a commune rather than a SIREN. */
    public boolean isCommuneInsee() {
        return code.length() == 5;
    }

    @Override
    public String toString() {
        return code;
    }
}
