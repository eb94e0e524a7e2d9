package fr.mutualis.core.server.parametres;

import java.time.LocalDate;
import java.util.function.Function;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * One value of an effective-dated parameter, in force from {@code dateEffet} until the next value starts.
 *
 * @param dateEffet first day the value applies
 * @param valeur    the value
 * @param reference legal source of the value
 */
public record ValeurDatee<T>(LocalDate dateEffet, T valeur, ReferenceJuridique reference) {

    public ValeurDatee {
        if (dateEffet == null || valeur == null || reference == null) {
            throw new DonneeInvalideException("valeur incomplète : date d'effet, valeur et référence juridique sont "
                    + "requises");
        }
    }

    /** The same value converted, e.g. from its JSON form to the module's type. */
    public <U> ValeurDatee<U> convertir(Function<? super T, ? extends U> conversion) {
        return new ValeurDatee<>(dateEffet, conversion.apply(valeur), reference);
    }
}
