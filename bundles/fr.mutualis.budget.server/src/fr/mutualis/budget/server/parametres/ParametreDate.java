package fr.mutualis.budget.server.parametres;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * An effective-dated parameter with its legal reference: the value applicable on a date is the last one whose start
 * is on or before that date.
 */
public final class ParametreDate<T> {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String id;
    private final String libelle;
    private final String reference;
    private final List<ValeurDatee<T>> valeurs;

    ParametreDate(String id, String libelle, String reference, List<ValeurDatee<T>> valeurs) {
        this.id = id;
        this.libelle = libelle;
        this.reference = reference;
        this.valeurs = valeurs.stream().sorted(Comparator.comparing(ValeurDatee::debut)).toList();
    }

    public String id() {
        return id;
    }

    public String libelle() {
        return libelle;
    }

    /** The legal reference, e.g. "CGCT art. D2342-3". */
    public String reference() {
        return reference;
    }

    /** The value in force on {@code date}; refused in French when the parameter has none yet. */
    public T valeur(LocalDate date) {
        T trouvee = null;
        for (ValeurDatee<T> valeur : valeurs) {
            if (!valeur.debut().isAfter(date)) {
                trouvee = valeur.valeur();
            }
        }
        if (trouvee == null) {
            throw new DonneeInvalideException("Le paramètre « " + libelle + " » n'a aucune valeur en vigueur au "
                    + JOUR.format(date) + " (première valeur au " + JOUR.format(valeurs.get(0).debut()) + ").");
        }
        return trouvee;
    }
}
