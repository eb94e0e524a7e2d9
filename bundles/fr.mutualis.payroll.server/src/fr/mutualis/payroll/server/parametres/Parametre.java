package fr.mutualis.payroll.server.parametres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * An effective-dated parameter: its successive values, each with its date of effect and legal reference.
 *
 * @param cle     which parameter
 * @param valeurs its values, in any order; stored sorted by date of effect
 */
public record Parametre(CleParametre cle, List<ValeurParametre> valeurs) {

    public Parametre {
        if (cle == null || valeurs == null || valeurs.isEmpty()) {
            throw new DonneeInvalideException("Paramètre sans clé ou sans valeur.");
        }
        if (cle.unite() == Unite.BAREME) {
            throw new DonneeInvalideException("Paramètre « " + cle.code() + " » : c'est un barème, pas une valeur "
                    + "simple.");
        }
        List<ValeurParametre> triees = new ArrayList<>(valeurs);
        triees.sort(Comparator.comparing(ValeurParametre::dateEffet));
        for (int i = 0; i < triees.size(); i++) {
            ValeurParametre valeur = triees.get(i);
            String contexte = "Paramètre « " + cle.code() + " », valeur au " + valeur.dateEffet() + " : ";
            cle.unite().probleme(valeur.valeur()).ifPresent(probleme -> {
                throw new DonneeInvalideException(contexte + probleme + ".");
            });
            if (i > 0 && triees.get(i - 1).dateEffet().equals(valeur.dateEffet())) {
                throw new DonneeInvalideException(contexte + "deux valeurs ont la même date d'effet.");
            }
        }
        valeurs = List.copyOf(triees);
    }

    /** The value in force on {@code date}: the last one whose date of effect is on or before it. */
    public Optional<ValeurParametre> enVigueurAu(LocalDate date) {
        return valeurs.stream().filter(valeur -> !valeur.dateEffet().isAfter(date)).reduce((a, b) -> b);
    }

    /**
     * This parameter completed with the values of {@code autre}. A value already present at the same date must be
     * identical; a different one is refused rather than silently replaced.
     */
    Parametre avec(Parametre autre) {
        List<ValeurParametre> fusion = new ArrayList<>(valeurs);
        for (ValeurParametre nouvelle : autre.valeurs()) {
            Optional<ValeurParametre> existante = valeurs.stream()
                    .filter(valeur -> valeur.dateEffet().equals(nouvelle.dateEffet())).findFirst();
            if (existante.isEmpty()) {
                fusion.add(nouvelle);
            } else if (existante.get().valeur().compareTo(nouvelle.valeur()) != 0) {
                throw new DonneeInvalideException("Paramètre « " + cle.code() + " » : la valeur au "
                        + nouvelle.dateEffet() + " existe déjà (" + existante.get().valeur().toPlainString()
                        + ") et diffère de la nouvelle (" + nouvelle.valeur().toPlainString() + ").");
            }
        }
        return new Parametre(cle, fusion);
    }
}
