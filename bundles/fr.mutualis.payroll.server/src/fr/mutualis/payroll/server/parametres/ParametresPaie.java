package fr.mutualis.payroll.server.parametres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * An immutable set of effective-dated payroll parameters and grids. A payslip of month M uses the values in force on
 * the first day of M.
 */
public final class ParametresPaie {

    private final Map<CleParametre, Parametre> parametres = new EnumMap<>(CleParametre.class);
    private final Map<CleParametre, Bareme> baremes = new EnumMap<>(CleParametre.class);

    /** Builds the set; a parameter or grid given twice is refused. */
    public ParametresPaie(Collection<Parametre> parametres, Collection<Bareme> baremes) {
        List<String> erreurs = new ArrayList<>();
        for (Parametre parametre : parametres) {
            if (this.parametres.putIfAbsent(parametre.cle(), parametre) != null) {
                erreurs.add("Paramètre « " + parametre.cle().code() + " » déclaré deux fois.");
            }
        }
        for (Bareme bareme : baremes) {
            if (this.baremes.putIfAbsent(bareme.cle(), bareme) != null) {
                erreurs.add("Barème « " + bareme.cle().code() + " » déclaré deux fois.");
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneeInvalideException(erreurs);
        }
    }

    /** The value of {@code cle} in force on {@code date}, with its legal reference, if there is one. */
    public Optional<ValeurParametre> enVigueur(CleParametre cle, LocalDate date) {
        return Optional.ofNullable(parametres.get(cle)).flatMap(parametre -> parametre.enVigueurAu(date));
    }

    /** The grid {@code cle} in force on {@code date}, if there is one. */
    public Optional<VersionBareme> baremeEnVigueur(CleParametre cle, LocalDate date) {
        return Optional.ofNullable(baremes.get(cle)).flatMap(bareme -> bareme.enVigueurAu(date));
    }

    /**
     * The value of {@code cle} for the payslip of {@code mois}.
     *
     * @throws DonneeInvalideException naming the parameter and the month when no value is in force
     */
    public BigDecimal valeur(CleParametre cle, YearMonth mois) {
        return enVigueur(cle, mois.atDay(1)).map(ValeurParametre::valeur).orElseThrow(() -> manquant(cle, mois));
    }

    /**
     * The grid {@code cle} for the payslip of {@code mois}.
     *
     * @throws DonneeInvalideException naming the grid and the month when no version is in force
     */
    public VersionBareme bareme(CleParametre cle, YearMonth mois) {
        return baremeEnVigueur(cle, mois.atDay(1)).orElseThrow(() -> manquant(cle, mois));
    }

    /**
     * This set completed with {@code nouveaux} (e.g. next year's values loaded by an administrator). Nothing is
     * changed when a new value contradicts an existing one at the same date: every conflict is reported.
     */
    public ParametresPaie fusionner(ParametresPaie nouveaux) {
        Map<CleParametre, Parametre> parametresFusionnes = new EnumMap<>(parametres);
        Map<CleParametre, Bareme> baremesFusionnes = new EnumMap<>(baremes);
        List<String> conflits = new ArrayList<>();
        for (Parametre nouveau : nouveaux.parametres.values()) {
            try {
                parametresFusionnes.merge(nouveau.cle(), nouveau, Parametre::avec);
            } catch (DonneeInvalideException e) {
                conflits.addAll(e.erreurs());
            }
        }
        for (Bareme nouveau : nouveaux.baremes.values()) {
            try {
                baremesFusionnes.merge(nouveau.cle(), nouveau, Bareme::avec);
            } catch (DonneeInvalideException e) {
                conflits.addAll(e.erreurs());
            }
        }
        if (!conflits.isEmpty()) {
            throw new DonneeInvalideException(conflits);
        }
        return new ParametresPaie(parametresFusionnes.values(), baremesFusionnes.values());
    }

    /** How many dated values and grid versions the set holds (to tell what a merge added). */
    public int nombreDeValeurs() {
        return parametres.values().stream().mapToInt(parametre -> parametre.valeurs().size()).sum()
                + baremes.values().stream().mapToInt(bareme -> bareme.versions().size()).sum();
    }

    /** The parameters and grids of the catalogue that have no value in force for {@code mois}, as French messages. */
    public List<String> manquants(YearMonth mois) {
        List<String> manquants = new ArrayList<>();
        for (CleParametre cle : CleParametre.values()) {
            boolean present = cle.unite() == Unite.BAREME ? baremeEnVigueur(cle, mois.atDay(1)).isPresent()
                    : enVigueur(cle, mois.atDay(1)).isPresent();
            if (!present) {
                manquants.add(manquant(cle, mois).getMessage());
            }
        }
        return manquants;
    }

    private static DonneeInvalideException manquant(CleParametre cle, YearMonth mois) {
        return new DonneeInvalideException("Paramètre manquant pour " + mois + " : " + cle.libelle());
    }
}
