package fr.mutualis.payroll.api;

import java.io.Serializable;

/**
 * One échelon of a grade's grid.
 *
 * @param echelon      échelon number, from 1
 * @param indiceBrut   indice brut, 0 when the grid's sources do not give it
 * @param indiceMajore indice majoré, the one the traitement is computed on
 * @param dureeMois    time in the échelon before the next one, in months; 0 for the last échelon or when unknown
 */
public record EchelonGrade(int echelon, int indiceBrut, int indiceMajore, int dureeMois) implements Serializable {
}
