package fr.mutualis.budget.server.regles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Section;

/**
 * Which pièces of which exercice may be issued on a given day (CGCT D2342-3). During exercice N, pièces of N dated in
 * N. From 1 January N+1 to the end of the journée complémentaire (an effective-dated parameter: 31 January N+1),
 * fonctionnement pièces of N only, dated 31/12/N; no investissement pièce of N. After it, no pièce of N at all.
 */
public final class ControleJourneeComplementaire {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ControleJourneeComplementaire() {
    }

    /**
     * @param dateEmission              the day the pièce is created
     * @param finJourneeComplementaire  last day of the journée complémentaire of the pièce's exercice
     */
    public static List<String> verifier(Piece piece, LocalDate dateEmission, LocalDate finJourneeComplementaire) {
        int exercice = piece.exercice();
        LocalDate finExercice = LocalDate.of(exercice, 12, 31);
        String designation = "le " + piece.designation();
        if (dateEmission.getYear() < exercice) {
            return List.of("L'exercice " + exercice + " n'est pas encore ouvert le " + JOUR.format(dateEmission) + " ("
                    + designation + ").");
        }
        if (dateEmission.getYear() == exercice) {
            return piece.date().getYear() == exercice ? List.of() : List.of("La date du " + piece.designation() + " ("
                    + JOUR.format(piece.date()) + ") n'appartient pas à l'exercice " + exercice + ".");
        }
        if (dateEmission.isAfter(finJourneeComplementaire)) {
            return List.of("L'exercice " + exercice + " est clos : après le " + JOUR.format(finJourneeComplementaire)
                    + ", plus aucune pièce de cet exercice ne peut être émise (" + designation + ").");
        }
        if (piece.section() == Section.INVESTISSEMENT) {
            return List.of("La journée complémentaire ne concerne que la section de fonctionnement : " + designation
                    + " (investissement) ne peut plus être émis après le " + JOUR.format(finExercice) + ".");
        }
        return piece.date().equals(finExercice) ? List.of() : List.of("Pendant la journée complémentaire, une pièce de "
                + "l'exercice " + exercice + " est datée du " + JOUR.format(finExercice) + " : " + designation
                + " est daté du " + JOUR.format(piece.date()) + ".");
    }
}
