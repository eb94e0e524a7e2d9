package fr.mutualis.core.api;

/**
 * Masks personal data for users whose role does not need it: the server sends masked values to them, never the
 * clear ones.
 */
public final class Masquage {

    private Masquage() {
    }

    /** NIR "185057800608436" -> "1 85 ** ** *** *** **": sex and year of birth only. */
    public static String nir(String nir) {
        if (nir == null || nir.length() < 3) {
            return nir == null ? null : "***";
        }
        return nir.charAt(0) + " " + nir.substring(1, 3) + " ** ** *** *** **";
    }

    /** IBAN "FR7630006000011234567890189" -> "FR76 **** **** **** **** **** 189". */
    public static String iban(String iban) {
        if (iban == null || iban.length() < 7) {
            return iban == null ? null : "****";
        }
        String compact = iban.replace(" ", "");
        return compact.substring(0, 4) + " **** **** **** **** **** " + compact.substring(compact.length() - 3);
    }
}
