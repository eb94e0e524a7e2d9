package fr.mutualis.urbanism.api;

import java.util.Arrays;
import java.util.stream.Collectors;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Extensions of the instruction period that must be notified within the first month. How many months each one adds
 * and to which types it applies are effective-dated parameters on the server, not constants here.
 */
public enum Majoration {
    R423_24("R423-24", "autre législation ou réglementation, dérogation, secteur protégé"),
    R423_25("R423-25", "commission départementale ou régionale, CDAC, dérogation, participation du public "
            + "par voie électronique (non cumulable avec R423-24)"),
    R423_28("R423-28", "immeuble inscrit au titre des monuments historiques, ERP ou IGH soumis à autorisation "
            + "(délai porté à une durée fixe)");

    private final String article;
    private final String libelle;

    Majoration(String article, String libelle) {
        this.article = article;
        this.libelle = libelle;
    }

    /** The article of the code de l'urbanisme, e.g. {@code R423-24}. */
    public String article() {
        return article;
    }

    public String libelle() {
        return libelle;
    }

    /** Parses {@code "R423-24"}, {@code "r423_24"} or {@code "R 423-24"}. */
    public static Majoration parse(String texte) {
        if (texte != null) {
            String normalise = texte.replaceAll("[\\s_.]", "").replace("-", "").toUpperCase();
            for (Majoration m : values()) {
                if (m.article.replace("-", "").equals(normalise)) {
                    return m;
                }
            }
        }
        throw new DonneeInvalideException("Majoration inconnue : « " + texte + " ». Majorations possibles : "
                + Arrays.stream(values()).map(Majoration::article).collect(Collectors.joining(", ")) + ".");
    }
}
