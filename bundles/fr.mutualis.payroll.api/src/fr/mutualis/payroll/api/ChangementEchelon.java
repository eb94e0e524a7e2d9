package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.time.LocalDate;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * A change of échelon (and so of indice majoré) with its date of effect, which may lie in a month already paid: the
 * next payroll run then pays the difference for those months (rappel).
 *
 * @param dateEffet    date the new échelon takes effect (arrêté d'avancement)
 * @param echelon      new échelon, at least 1
 * @param indiceMajore new indice majoré, strictly positive
 */
public record ChangementEchelon(LocalDate dateEffet, int echelon, int indiceMajore) implements Serializable {

    public ChangementEchelon {
        if (dateEffet == null) {
            throw new DonneeInvalideException("Date d'effet du changement d'échelon manquante.");
        }
        if (echelon < 1 || indiceMajore <= 0) {
            throw new DonneeInvalideException("Échelon (" + echelon + ") ou indice majoré (" + indiceMajore
                    + ") invalide : attendu un échelon d'au moins 1 et un indice strictement positif.");
        }
    }
}
