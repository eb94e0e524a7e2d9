package fr.mutualis.payroll.server.tests;

import java.util.List;

import fr.mutualis.testing.GogoShell;

/** The Gogo shell of the scope {@code paie} ({@link GogoShell}), as the administrator has it at the server console. */
final class Gogo {

    static final List<String> COMMANDES = List.of("agents", "run", "validate", "payslip", "journal", "load",
            "parameters", "import", "employer", "grades", "grid");

    private Gogo() {
    }

    /** Runs a command that must succeed and returns the text it gives back. */
    static String ok(String commande) {
        return shell().ok(commande);
    }

    /** Runs a command that must be refused with exactly "Erreur : " + message, and return nothing. */
    static void refus(String commande, String message) {
        shell().refused(commande, message);
    }

    /** Runs a command that must return nothing, and gives what it printed on the error stream. */
    static String erreur(String commande) {
        return shell().error(commande);
    }

    private static GogoShell shell() {
        return GogoShell.of("paie", COMMANDES);
    }
}
