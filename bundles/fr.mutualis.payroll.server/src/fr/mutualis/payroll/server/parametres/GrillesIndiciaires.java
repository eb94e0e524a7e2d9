package fr.mutualis.payroll.server.parametres;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * The grade grids known to the payroll, each possibly in several effective-dated versions, and the named grades paid
 * on them. An agent's grade code is either a grade's code (e.g. "ADJ-ADM-P2", paid on the échelle C2) or, for records
 * entered before the grades were named, the code of a grid itself (e.g. "C2").
 */
public final class GrillesIndiciaires {

    private final List<GrilleGrade> grilles;
    private final List<Grade> grades;

    public GrillesIndiciaires(Collection<GrilleGrade> grilles) {
        this(grilles, List.of());
    }

    public GrillesIndiciaires(Collection<GrilleGrade> grilles, Collection<Grade> grades) {
        List<GrilleGrade> triees = new ArrayList<>(grilles);
        triees.sort(Comparator.comparing(GrilleGrade::code).thenComparing(GrilleGrade::dateEffet));
        List<String> erreurs = new ArrayList<>();
        for (int i = 1; i < triees.size(); i++) {
            GrilleGrade precedente = triees.get(i - 1);
            if (precedente.code().equals(triees.get(i).code())
                    && precedente.dateEffet().equals(triees.get(i).dateEffet())) {
                erreurs.add("Grille " + precedente.code() + " déclarée deux fois au " + precedente.dateEffet() + ".");
            }
        }
        List<Grade> tries = new ArrayList<>(grades);
        tries.sort(Comparator.comparing(Grade::categorie).thenComparing(Grade::filiere).thenComparing(Grade::code));
        for (Grade grade : tries) {
            if (tries.stream().filter(autre -> autre.code().equals(grade.code())).count() > 1) {
                erreurs.add("Grade " + grade.code() + " déclaré deux fois.");
            }
            // a file of grades only (on grids already known) is checked when merged, with every grid
            if (!triees.isEmpty() && triees.stream().noneMatch(grille -> grille.code().equals(grade.codeGrille()))) {
                erreurs.add("Grade " + grade.code() + " : grille « " + grade.codeGrille() + " » inconnue.");
            }
            if (!grade.code().equals(grade.codeGrille())
                    && triees.stream().anyMatch(grille -> grille.code().equals(grade.code()))) {
                erreurs.add("Grade " + grade.code() + " : ce code est déjà celui d'une autre grille.");
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs.stream().distinct().toList());
        }
        this.grilles = List.copyOf(triees);
        this.grades = List.copyOf(tries);
    }

    public int nombreDeGrilles() {
        return grilles.size();
    }

    public int nombreDeGrades() {
        return grades.size();
    }

    /** The named grades, by category, filière and code. */
    public List<Grade> grades() {
        return grades;
    }

    /** The grade named {@code code}, if there is one (a grid code alone is not a grade). */
    public Optional<Grade> grade(String code) {
        return grades.stream().filter(grade -> grade.code().equals(code)).findFirst();
    }

    /** The name of {@code code} for a reader: the grade's name, or the grid's label for a grid code. */
    public Optional<String> libelle(String code, LocalDate date) {
        return grade(code).map(Grade::libelle).or(() -> enVigueurAu(code, date).map(GrilleGrade::libelle));
    }

    /**
     * These grids and grades completed with {@code nouvelles}. A grid already known at the same date must have the
     * same échelons, a grade already known must be the same; every conflict is reported and nothing is changed.
     */
    public GrillesIndiciaires fusionner(GrillesIndiciaires nouvelles) {
        List<GrilleGrade> fusion = new ArrayList<>(grilles);
        List<Grade> gradesFusionnes = new ArrayList<>(grades);
        List<String> conflits = new ArrayList<>();
        for (GrilleGrade nouvelle : nouvelles.grilles) {
            Optional<GrilleGrade> existante = grilles.stream().filter(grille -> grille.code().equals(nouvelle.code())
                    && grille.dateEffet().equals(nouvelle.dateEffet())).findFirst();
            if (existante.isEmpty()) {
                fusion.add(nouvelle);
            } else if (!existante.get().echelons().equals(nouvelle.echelons())) {
                conflits.add("Grille " + nouvelle.code() + " au " + nouvelle.dateEffet() + " : elle existe déjà avec "
                        + "d'autres échelons.");
            }
        }
        for (Grade nouveau : nouvelles.grades) {
            Optional<Grade> existant = grade(nouveau.code());
            if (existant.isEmpty()) {
                gradesFusionnes.add(nouveau);
            } else if (!existant.get().libelle().equals(nouveau.libelle())
                    || !existant.get().codeGrille().equals(nouveau.codeGrille())) {
                conflits.add("Grade " + nouveau.code() + " : il existe déjà avec un autre libellé ou une autre "
                        + "grille.");
            }
        }
        if (!conflits.isEmpty()) {
            throw new DonneeInvalideException(conflits);
        }
        return new GrillesIndiciaires(fusion, gradesFusionnes);
    }

    /** The grid of {@code code} (a grade's or a grid's code) in force during {@code mois} (on its first day). */
    public Optional<GrilleGrade> enVigueur(String code, YearMonth mois) {
        return enVigueurAu(code, mois.atDay(1));
    }

    /** The grid of {@code code} (a grade's or a grid's code) in force on {@code date}, if any. */
    public Optional<GrilleGrade> enVigueurAu(String code, LocalDate date) {
        String codeGrille = codeGrille(code);
        return grilles.stream().filter(grille -> grille.code().equals(codeGrille))
                .filter(grille -> !grille.dateEffet().isAfter(date)).reduce((a, b) -> b);
    }

    /** The grids in force on {@code date}, one version per code, by code. */
    public List<GrilleGrade> grillesEnVigueur(LocalDate date) {
        return grilles.stream().map(GrilleGrade::code).distinct().map(code -> enVigueurAu(code, date))
                .flatMap(Optional::stream).toList();
    }

    /**
     * Checks that {@code indiceMajore} lies within the range of the grade's grid in force in {@code mois}: the check
     * of a monthly run, where the échelon is not known.
     *
     * @throws DonneeInvalideException when the grade is unknown, has no grid in force, or the index is out of range
     */
    public void verifierIndice(String codeGrade, int indiceMajore, YearMonth mois) {
        GrilleGrade grille = grilleConnue(codeGrade, mois);
        if (indiceMajore < grille.indiceMinimal() || indiceMajore > grille.indiceMaximal()) {
            throw new DonneeInvalideException("Indice majoré " + indiceMajore + " hors de la grille du grade "
                    + codeGrade + " (" + nom(codeGrade, grille) + ") en " + mois + " : attendu entre "
                    + grille.indiceMinimal() + " et " + grille.indiceMaximal() + ".");
        }
    }

    /**
     * Checks that the grade has échelon {@code echelon} in its grid in force in {@code mois} and that
     * {@code indiceMajore} is that échelon's: the check of an agent's record.
     *
     * @throws DonneeInvalideException naming the expected échelons or indice
     */
    public void verifierEchelon(String codeGrade, int echelon, int indiceMajore, YearMonth mois) {
        GrilleGrade grille = grilleConnue(codeGrade, mois);
        Echelon attendu = grille.echelon(echelon).orElseThrow(() -> new DonneeInvalideException("Échelon " + echelon
                + " inconnu dans la grille du grade " + codeGrade + " (" + nom(codeGrade, grille) + ", échelons "
                + grille.echelons().get(0).numero() + " à " + grille.echelons().get(grille.echelons().size() - 1)
                        .numero() + ")."));
        if (attendu.indiceMajore() != indiceMajore) {
            throw new DonneeInvalideException("Indice majoré " + indiceMajore + " incohérent avec l'échelon " + echelon
                    + " du grade " + codeGrade + " (" + nom(codeGrade, grille) + ") en " + mois + " : l'indice "
                    + "majoré de cet échelon est " + attendu.indiceMajore() + " (grille " + grille.code()
                    + " en vigueur depuis le " + grille.dateEffet() + ").");
        }
    }

    private GrilleGrade grilleConnue(String codeGrade, YearMonth mois) {
        String codeGrille = codeGrille(codeGrade);
        if (grilles.stream().noneMatch(grille -> grille.code().equals(codeGrille))) {
            throw new DonneeInvalideException("Grade inconnu : « " + codeGrade + " ». Choisissez un grade de la liste "
                    + "(commande paie:grades) ou le code d'une grille (" + String.join(", ", grilles.stream()
                            .map(GrilleGrade::code).distinct().toList()) + ").");
        }
        return enVigueur(codeGrade, mois).orElseThrow(() -> new DonneeInvalideException(
                "Aucune grille du grade " + codeGrade + " n'est en vigueur en " + mois + "."));
    }

    private String codeGrille(String code) {
        return grade(code).map(Grade::codeGrille).orElse(code);
    }

    private String nom(String code, GrilleGrade grille) {
        return grade(code).map(Grade::libelle).orElse(grille.libelle());
    }
}
