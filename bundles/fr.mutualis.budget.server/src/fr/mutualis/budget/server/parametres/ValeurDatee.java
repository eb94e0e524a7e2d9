package fr.mutualis.budget.server.parametres;

import java.time.LocalDate;

/** One value of an effective-dated parameter, in force from {@code debut} until the next value starts. */
record ValeurDatee<T>(LocalDate debut, T valeur) {
}
