package fr.mutualis.payroll.server.parametres;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * One step of a grade's grid.
 *
 * @param numero       échelon number, from 1
 * @param indiceMajore indice majoré of the échelon
 */
public record Echelon(int numero, int indiceMajore) {

    public Echelon {
        if (numero < 1 || indiceMajore < 1) {
            throw new DonneeInvalideException("échelon invalide : numéro et indice majoré doivent être positifs ("
                    + numero + ", " + indiceMajore + ")");
        }
    }
}
