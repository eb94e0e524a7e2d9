package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.Set;

/**
 * A chapter by nature of the M57 plan de comptes: the default unit of vote and the limit on spending.
 *
 * @param code    official code, e.g. {@code 011}, {@code 65}, {@code 040}
 * @param libelle official label from the plan de comptes
 * @param section fonctionnement or investissement
 * @param type    G, C or L (L: prévision only, never executed)
 * @param nature  réelle, or ordre for 021, 023 and 040 to 043
 * @param special true for the chapters only départements use (016, 017, 018): a commune should not offer them
 */
public record Chapitre(String code, String libelle, Section section, TypeChapitre type, NatureOperation nature,
        boolean special) implements Serializable {

    /** Chapters that carry forecasts only and can never carry a mandat or a titre (type L in the plan de comptes). */
    public static final Set<String> CODES_PREVISION = Set.of("001", "002", "020", "021", "022", "023", "024");

    /** Charges de personnel: never the origin nor the destination of a virement de crédits (M57 fongibilité). */
    public static final String PERSONNEL = "012";

    public Chapitre {
        Erreurs e = new Erreurs("Chapitre " + code);
        e.code(code, "Code", Codes.CHAPITRE, Codes.CHAPITRE_ATTENDU);
        e.texte(libelle, "Libellé");
        e.nonNul(section, "Section");
        e.nonNul(type, "Type");
        e.nonNul(nature, "Nature");
        e.lever();
    }

    /** True when the chapter only carries forecasts (type L: 001, 002, 020 to 024). */
    public boolean previsionSeulement() {
        return type == TypeChapitre.PREVISION;
    }

    /** True for the codes of {@link #CODES_PREVISION}, for rules that only know a chapter's code. */
    public static boolean estPrevisionSeulement(String code) {
        return CODES_PREVISION.contains(code);
    }

    /** "011 Charges à caractère général". */
    public String libelleComplet() {
        return code + " " + libelle;
    }
}
