package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A territorial grade and the grid it is paid on at a date, as offered on the agent's form.
 *
 * @param code          code to enter on the agent's record (e.g. "ADJ-ADM-P2"; for a bare grid, its code, e.g. "C2")
 * @param libelle       the grade's name (e.g. "Adjoint administratif principal de 2e classe")
 * @param categorie     A, B or C
 * @param filiere       administrative, technique, sociale, culturelle, animation...
 * @param codeGrille    code of the grid (e.g. "C2")
 * @param libelleGrille label of the grid
 * @param dateEffet     first day of the grid's version in force at the date asked
 * @param echelons      the échelons of that version, in order
 * @param sources       the decrees and publications the grade and its grid come from
 */
public record GradeGrille(String code, String libelle, String categorie, String filiere, String codeGrille,
        String libelleGrille, LocalDate dateEffet, List<EchelonGrade> echelons, List<String> sources)
        implements Serializable {

    public GradeGrille {
        echelons = List.copyOf(echelons);
        sources = List.copyOf(sources);
    }

    /** What a list shows: "Adjoint administratif principal de 2e classe (ADJ-ADM-P2)". */
    public String intitule() {
        return libelle + " (" + code + ")";
    }

    /** The indice majoré of échelon {@code numero}, or 0 when the grid has no such échelon. */
    public int indiceMajore(int numero) {
        return echelons.stream().filter(e -> e.echelon() == numero).mapToInt(EchelonGrade::indiceMajore).findFirst()
                .orElse(0);
    }
}
