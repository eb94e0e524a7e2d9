package fr.mutualis.core.server.parametres;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * An effective-dated parameter: its key, its label and its successive values, each with its date of effect and legal
 * reference. The value applicable on a date is the last one whose date of effect is on or before that date.
 *
 * @param cle     key of the parameter in its module's file, e.g. {@code smic.mensuel}
 * @param libelle French label used in messages
 * @param valeurs its values, in any order; stored sorted by date of effect, two values at one date are refused
 */
public record ParametreDate<T>(String cle, String libelle, List<ValeurDatee<T>> valeurs) {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public ParametreDate {
        if (cle == null || cle.isBlank() || valeurs == null || valeurs.isEmpty()) {
            throw new DonneeInvalideException("Paramètre sans clé ou sans valeur.");
        }
        if (libelle == null || libelle.isBlank()) {
            libelle = cle;
        }
        List<ValeurDatee<T>> triees = new ArrayList<>(valeurs);
        triees.sort(Comparator.comparing(ValeurDatee::dateEffet));
        for (int i = 1; i < triees.size(); i++) {
            if (triees.get(i - 1).dateEffet().equals(triees.get(i).dateEffet())) {
                throw new DonneeInvalideException("Paramètre « " + cle + " » : deux valeurs ont la même date d'effet "
                        + triees.get(i).dateEffet() + ".");
            }
        }
        valeurs = List.copyOf(triees);
    }

    /** The value in force on {@code date}, if the parameter has one yet. */
    public Optional<ValeurDatee<T>> enVigueurAu(LocalDate date) {
        ValeurDatee<T> trouvee = null;
        for (ValeurDatee<T> valeur : valeurs) {
            if (!valeur.dateEffet().isAfter(date)) {
                trouvee = valeur;
            }
        }
        return Optional.ofNullable(trouvee);
    }

    /**
     * The value in force on {@code date}.
     *
     * @throws DonneeInvalideException in French, naming the parameter, when it has no value in force on that date
     */
    public T valeurAu(LocalDate date) {
        return enVigueurAu(date).orElseThrow(() -> new DonneeInvalideException("Le paramètre « " + libelle
                + " » n'a aucune valeur en vigueur au " + JOUR.format(date) + " (première valeur au "
                + JOUR.format(valeurs.getFirst().dateEffet()) + ").")).valeur();
    }

    /**
     * The same parameter with every value converted; a conversion refused for one value names the parameter and the
     * date of that value.
     */
    public <U> ParametreDate<U> convertir(Function<? super T, ? extends U> conversion) {
        List<ValeurDatee<U>> converties = new ArrayList<>();
        for (ValeurDatee<T> valeur : valeurs) {
            try {
                converties.add(valeur.convertir(conversion));
            } catch (DonneeInvalideException e) {
                throw new DonneeInvalideException("Paramètre « " + cle + " », valeur au " + valeur.dateEffet() + " : "
                        + e.getMessage() + (e.getMessage().endsWith(".") ? "" : "."));
            }
        }
        return new ParametreDate<>(cle, libelle, converties);
    }

    /**
     * This parameter completed with the values of {@code autre} (e.g. next year's values loaded by an administrator).
     * A value already present at the same date must be {@code egales} to the new one; a different one is refused
     * rather than silently replaced.
     */
    public ParametreDate<T> avec(ParametreDate<T> autre, BiPredicate<T, T> egales) {
        List<ValeurDatee<T>> fusion = new ArrayList<>(valeurs);
        for (ValeurDatee<T> nouvelle : autre.valeurs()) {
            Optional<ValeurDatee<T>> existante = valeurs.stream()
                    .filter(valeur -> valeur.dateEffet().equals(nouvelle.dateEffet())).findFirst();
            if (existante.isEmpty()) {
                fusion.add(nouvelle);
            } else if (!egales.test(existante.get().valeur(), nouvelle.valeur())) {
                throw new DonneeInvalideException("Paramètre « " + cle + " » : la valeur au " + nouvelle.dateEffet()
                        + " existe déjà (" + Affichage.valeur(existante.get().valeur()) + ") et diffère de la nouvelle ("
                        + Affichage.valeur(nouvelle.valeur()) + ").");
            }
        }
        return new ParametreDate<>(cle, libelle, fusion);
    }
}
