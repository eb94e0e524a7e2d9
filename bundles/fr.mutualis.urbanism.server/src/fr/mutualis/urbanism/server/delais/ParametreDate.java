package fr.mutualis.urbanism.server.delais;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;

/** An effective-dated parameter: its legal reference and its successive values. */
public record ParametreDate(String id, String libelle, String reference, List<ValeurDatee> valeurs) {

    public ParametreDate {
        valeurs = valeurs.stream().sorted(Comparator.comparing(ValeurDatee::debut)).toList();
    }

    /** The value in force on {@code date}: the last one starting on or before it. */
    public ValeurDatee enVigueurAu(LocalDate date) {
        ValeurDatee enVigueur = null;
        for (ValeurDatee valeur : valeurs) {
            if (!valeur.debut().isAfter(date)) {
                enVigueur = valeur;
            }
        }
        if (enVigueur == null) {
            throw new DonneeInvalideException("Aucune valeur du paramètre « " + libelle + " » (" + reference
                    + ") n'est en vigueur au " + Textes.date(date) + " : la première date du "
                    + Textes.date(valeurs.getFirst().debut()) + ".");
        }
        return enVigueur;
    }
}
