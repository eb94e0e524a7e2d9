package fr.mutualis.core.console.internal;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Whole numbers typed at the console. Commands take them as text: when a command has an {@code int} parameter, Gogo
 * prefers reading every numeric-looking word as a number, so a code such as {@code 01004} would reach the command as
 * {@code 1004}; and a word that is not a number gets a French refusal instead of Gogo's coercion error.
 */
final class Integers {

    private Integers() {
    }

    static int parse(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DonneeInvalideException("Nombre invalide « " + text + " » : un nombre entier est attendu.");
        }
    }
}
