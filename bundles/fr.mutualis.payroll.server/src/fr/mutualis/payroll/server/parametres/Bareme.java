package fr.mutualis.payroll.server.parametres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * An effective-dated grid parameter (such as the taux neutre of the prélèvement à la source): its successive versions.
 *
 * @param cle      which grid
 * @param versions its versions, in any order; stored sorted by date of effect
 */
public record Bareme(CleParametre cle, List<VersionBareme> versions) {

    public Bareme {
        if (cle == null || versions == null || versions.isEmpty()) {
            throw new DonneeInvalideException("Barème sans clé ou sans version.");
        }
        if (cle.unite() != Unite.BAREME) {
            throw new DonneeInvalideException("Paramètre « " + cle.code() + " » : c'est une valeur simple, pas un "
                    + "barème.");
        }
        List<VersionBareme> triees = new ArrayList<>(versions);
        triees.sort(Comparator.comparing(VersionBareme::dateEffet));
        for (int i = 1; i < triees.size(); i++) {
            if (triees.get(i - 1).dateEffet().equals(triees.get(i).dateEffet())) {
                throw new DonneeInvalideException("Barème « " + cle.code() + " » : deux versions ont la même date "
                        + "d'effet " + triees.get(i).dateEffet() + ".");
            }
        }
        versions = List.copyOf(triees);
    }

    /** The version in force on {@code date}: the last one whose date of effect is on or before it. */
    public Optional<VersionBareme> enVigueurAu(LocalDate date) {
        return versions.stream().filter(version -> !version.dateEffet().isAfter(date)).reduce((a, b) -> b);
    }

    /** This grid completed with the versions of {@code autre}; a version at an existing date must be identical. */
    Bareme avec(Bareme autre) {
        List<VersionBareme> fusion = new ArrayList<>(versions);
        for (VersionBareme nouvelle : autre.versions()) {
            Optional<VersionBareme> existante = versions.stream()
                    .filter(version -> version.dateEffet().equals(nouvelle.dateEffet())).findFirst();
            if (existante.isEmpty()) {
                fusion.add(nouvelle);
            } else if (!memesTranches(existante.get(), nouvelle)) {
                throw new DonneeInvalideException("Barème « " + cle.code() + " » : la version au "
                        + nouvelle.dateEffet() + " existe déjà et diffère de la nouvelle.");
            }
        }
        return new Bareme(cle, fusion);
    }

    private static boolean memesTranches(VersionBareme a, VersionBareme b) {
        if (a.tranches().size() != b.tranches().size()) {
            return false;
        }
        for (int i = 0; i < a.tranches().size(); i++) {
            TrancheBareme x = a.tranches().get(i);
            TrancheBareme y = b.tranches().get(i);
            if (x.seuil().compareTo(y.seuil()) != 0 || x.taux().compareTo(y.taux()) != 0) {
                return false;
            }
        }
        return true;
    }
}
