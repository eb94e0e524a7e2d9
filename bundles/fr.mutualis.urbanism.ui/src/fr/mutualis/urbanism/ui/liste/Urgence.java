package fr.mutualis.urbanism.ui.liste;

/**
 * How urgent a dossier under instruction is, from the days left before its date limite: the list highlights it
 * under {@value #SEUIL_JOURS} days, and differently once the date limite has passed (the tacit outcome is acquired).
 */
public enum Urgence {
    NORMALE,
    PROCHE,
    DEPASSEE;

    /** Under this many days left, a dossier is highlighted. */
    public static final int SEUIL_JOURS = 15;

    /** @param joursRestants days to the date limite (0: last day; negative: passed); null once instruction is over */
    public static Urgence de(Integer joursRestants) {
        if (joursRestants == null || joursRestants >= SEUIL_JOURS) {
            return NORMALE;
        }
        return joursRestants < 0 ? DEPASSEE : PROCHE;
    }

    /** What the "Jours restants" column shows. */
    public static String texte(Integer joursRestants) {
        if (joursRestants == null) {
            return "—";
        }
        if (joursRestants == 0) {
            return "0 (dernier jour)";
        }
        return joursRestants < 0 ? "dépassée de " + -joursRestants + " j" : Integer.toString(joursRestants);
    }
}
