package fr.mutualis.payroll.server.parametres;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import fr.mutualis.core.api.DonneeInvalideException;

/** The grade grids known to the payroll, each possibly in several effective-dated versions. */
public final class GrillesIndiciaires {

    private final List<GrilleGrade> grilles;

    public GrillesIndiciaires(Collection<GrilleGrade> grilles) {
        List<GrilleGrade> triees = new ArrayList<>(grilles);
        triees.sort(Comparator.comparing(GrilleGrade::code).thenComparing(GrilleGrade::dateEffet));
        for (int i = 1; i < triees.size(); i++) {
            GrilleGrade precedente = triees.get(i - 1);
            if (precedente.code().equals(triees.get(i).code())
                    && precedente.dateEffet().equals(triees.get(i).dateEffet())) {
                throw new DonneeInvalideException("Grille " + precedente.code() + " déclarée deux fois au "
                        + precedente.dateEffet() + ".");
            }
        }
        this.grilles = List.copyOf(triees);
    }

    public int nombreDeGrilles() {
        return grilles.size();
    }

    /**
     * These grids completed with {@code nouvelles}. A grid already known at the same date must have the same
     * échelons; every conflict is reported and nothing is changed.
     */
    public GrillesIndiciaires fusionner(GrillesIndiciaires nouvelles) {
        List<GrilleGrade> fusion = new ArrayList<>(grilles);
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
        if (!conflits.isEmpty()) {
            throw new DonneeInvalideException(conflits);
        }
        return new GrillesIndiciaires(fusion);
    }

    /** The grid of {@code code} in force during {@code mois} (on its first day), if any. */
    public Optional<GrilleGrade> enVigueur(String code, YearMonth mois) {
        return grilles.stream().filter(grille -> grille.code().equals(code))
                .filter(grille -> !grille.dateEffet().isAfter(mois.atDay(1))).reduce((a, b) -> b);
    }

    /**
     * Checks that {@code indiceMajore} lies within the range of the grade's grid in force in {@code mois}.
     *
     * @throws DonneeInvalideException when the grade is unknown, has no grid in force, or the index is out of range
     */
    public void verifierIndice(String codeGrade, int indiceMajore, YearMonth mois) {
        if (grilles.stream().noneMatch(grille -> grille.code().equals(codeGrade))) {
            TreeSet<String> connus = new TreeSet<>(grilles.stream().map(GrilleGrade::code).toList());
            throw new DonneeInvalideException("Grade inconnu : « " + codeGrade + " » (grilles connues : "
                    + String.join(", ", connus) + ").");
        }
        GrilleGrade grille = enVigueur(codeGrade, mois).orElseThrow(() -> new DonneeInvalideException(
                "Aucune grille du grade " + codeGrade + " n'est en vigueur en " + mois + "."));
        if (indiceMajore < grille.indiceMinimal() || indiceMajore > grille.indiceMaximal()) {
            throw new DonneeInvalideException("Indice majoré " + indiceMajore + " hors de la grille du grade "
                    + codeGrade + " (" + grille.libelle() + ") en " + mois + " : attendu entre "
                    + grille.indiceMinimal() + " et " + grille.indiceMaximal() + ".");
        }
    }
}
