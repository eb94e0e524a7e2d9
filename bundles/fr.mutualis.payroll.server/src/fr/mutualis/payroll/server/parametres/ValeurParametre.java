package fr.mutualis.payroll.server.parametres;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * One value of a parameter, in force from its date of effect until the next value of the same parameter.
 *
 * @param dateEffet first day the value applies
 * @param valeur    the value, in the unit of the parameter
 * @param reference legal source of the value
 */
public record ValeurParametre(LocalDate dateEffet, BigDecimal valeur, ReferenceJuridique reference) {

    public ValeurParametre {
        if (dateEffet == null || valeur == null || reference == null) {
            throw new DonneeInvalideException("valeur incomplète : date d'effet, valeur et référence juridique sont "
                    + "requises");
        }
    }
}
