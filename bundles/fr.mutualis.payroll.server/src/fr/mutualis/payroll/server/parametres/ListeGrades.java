package fr.mutualis.payroll.server.parametres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.payroll.api.EchelonGrade;
import fr.mutualis.payroll.api.GradeGrille;

/** The grades and their grid in force at a date, as the remote contract and the console show them. */
public final class ListeGrades {

    private ListeGrades() {
    }

    /** Every named grade whose grid is in force on {@code date}, in the order of {@link GrillesIndiciaires#grades}. */
    public static List<GradeGrille> au(GrillesIndiciaires grilles, LocalDate date) {
        List<GradeGrille> liste = new ArrayList<>();
        for (Grade grade : grilles.grades()) {
            grilles.enVigueurAu(grade.code(), date).ifPresent(grille -> {
                List<String> sources = new ArrayList<>(grade.sources());
                grille.sources().stream().filter(source -> !sources.contains(source)).forEach(sources::add);
                liste.add(new GradeGrille(grade.code(), grade.libelle(), grade.categorie(), grade.filiere(),
                        grille.code(), grille.libelle(), grille.dateEffet(), echelons(grille), sources));
            });
        }
        return liste;
    }

    private static List<EchelonGrade> echelons(GrilleGrade grille) {
        return grille.echelons().stream().map(e -> new EchelonGrade(e.numero(), e.indiceBrut(), e.indiceMajore(),
                e.dureeMois())).toList();
    }
}
