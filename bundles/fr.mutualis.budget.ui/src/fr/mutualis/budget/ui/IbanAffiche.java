package fr.mutualis.budget.ui;

/**
 * The IBAN as lists and summaries show it, whoever looks: "FR76 •••• 0189", the country, key and last digits only,
 * enough to recognise the account on a screen others may see. The clear IBAN stays in the tiers form, for the
 * ordonnateur who changes it.
 */
public final class IbanAffiche {

    private IbanAffiche() {
    }

    /** "FR7630006000011234567890189" or the server's masked "FR76 **** … 189" -> "FR76 •••• 0189" / "FR76 •••• 189". */
    public static String masque(String iban) {
        if (iban == null || iban.isBlank()) {
            return "";
        }
        String compact = iban.replace(" ", "");
        if (compact.length() < 8) {
            return "••••";
        }
        String fin = compact.contains("*") ? compact.substring(compact.lastIndexOf('*') + 1)
                : compact.substring(compact.length() - 4);
        return compact.substring(0, 4) + " •••• " + fin;
    }
}
