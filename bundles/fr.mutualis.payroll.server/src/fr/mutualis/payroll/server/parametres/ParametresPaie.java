package fr.mutualis.payroll.server.parametres;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.parametres.LecteurParametres;
import fr.mutualis.core.server.parametres.ParametreDate;
import fr.mutualis.core.server.parametres.ValeurDatee;
import fr.mutualis.payroll.api.PayrollModule;

/**
 * An immutable set of effective-dated payroll parameters and grids, read from files in the format
 * {@value LecteurParametres#FORMAT} (see {@code parametres/paie.json}). A payslip of month M uses the values in force
 * on the first day of M.
 */
public final class ParametresPaie {

    private final Map<CleParametre, ParametreDate<BigDecimal>> parametres;
    private final Map<CleParametre, ParametreDate<Bareme>> baremes;

    private ParametresPaie(Map<CleParametre, ParametreDate<BigDecimal>> parametres,
            Map<CleParametre, ParametreDate<Bareme>> baremes) {
        this.parametres = parametres;
        this.baremes = baremes;
    }

    /**
     * Reads and checks a whole parameter file; the stream is read but not closed. A file with any problem is refused
     * as a whole (nothing of it is returned), with one French message per problem.
     */
    public static ParametresPaie lire(InputStream json, String fichier) {
        Map<CleParametre, ParametreDate<BigDecimal>> parametres = new EnumMap<>(CleParametre.class);
        Map<CleParametre, ParametreDate<Bareme>> baremes = new EnumMap<>(CleParametre.class);
        LecteurParametres.lire(json, fichier, PayrollModule.ID, lu -> {
            CleParametre cle = CleParametre.depuisCode(lu.cle()).orElseThrow(() -> new DonneeInvalideException(
                    "Paramètre « " + lu.cle() + " » : clé inconnue du moteur de paie."));
            ParametreDate<JsonNode> parametre = new ParametreDate<>(cle.code(), cle.libelle(), lu.valeurs());
            if (cle.unite() == Unite.BAREME) {
                baremes.put(cle, parametre.convertir(Bareme::depuisJson));
            } else {
                parametres.put(cle, parametre.convertir(cle.unite()::lire));
            }
            return cle;
        });
        return new ParametresPaie(parametres, baremes);
    }

    /** The value of {@code cle} in force on {@code date}, with its legal reference, if there is one. */
    public Optional<ValeurDatee<BigDecimal>> enVigueur(CleParametre cle, LocalDate date) {
        return Optional.ofNullable(parametres.get(cle)).flatMap(parametre -> parametre.enVigueurAu(date));
    }

    /** The grid {@code cle} in force on {@code date}, with its legal reference, if there is one. */
    public Optional<ValeurDatee<Bareme>> baremeEnVigueur(CleParametre cle, LocalDate date) {
        return Optional.ofNullable(baremes.get(cle)).flatMap(bareme -> bareme.enVigueurAu(date));
    }

    /**
     * The value of {@code cle} for the payslip of {@code mois}.
     *
     * @throws DonneeInvalideException naming the parameter and the month when no value is in force
     */
    public BigDecimal valeur(CleParametre cle, YearMonth mois) {
        return enVigueur(cle, mois.atDay(1)).map(ValeurDatee::valeur).orElseThrow(() -> manquant(cle, mois));
    }

    /**
     * The grid {@code cle} for the payslip of {@code mois}.
     *
     * @throws DonneeInvalideException naming the grid and the month when no version is in force
     */
    public Bareme bareme(CleParametre cle, YearMonth mois) {
        return baremeEnVigueur(cle, mois.atDay(1)).map(ValeurDatee::valeur).orElseThrow(() -> manquant(cle, mois));
    }

    /**
     * This set completed with {@code nouveaux} (e.g. next year's values loaded by an administrator). Nothing is
     * changed when a new value contradicts an existing one at the same date: every conflict is reported.
     */
    public ParametresPaie fusionner(ParametresPaie nouveaux) {
        Map<CleParametre, ParametreDate<BigDecimal>> parametresFusionnes = new EnumMap<>(parametres);
        Map<CleParametre, ParametreDate<Bareme>> baremesFusionnes = new EnumMap<>(baremes);
        List<String> conflits = new ArrayList<>();
        nouveaux.parametres.forEach((cle, nouveau) -> {
            try {
                parametresFusionnes.merge(cle, nouveau, (a, b) -> a.avec(b, (x, y) -> x.compareTo(y) == 0));
            } catch (DonneeInvalideException e) {
                conflits.addAll(e.erreurs());
            }
        });
        nouveaux.baremes.forEach((cle, nouveau) -> {
            try {
                baremesFusionnes.merge(cle, nouveau, (a, b) -> a.avec(b, Bareme::memesTranches));
            } catch (DonneeInvalideException e) {
                conflits.addAll(e.erreurs());
            }
        });
        if (!conflits.isEmpty()) {
            throw new DonneeInvalideException(conflits);
        }
        return new ParametresPaie(parametresFusionnes, baremesFusionnes);
    }

    /** How many dated values and grid versions the set holds (to tell what a merge added). */
    public int nombreDeValeurs() {
        return parametres.values().stream().mapToInt(parametre -> parametre.valeurs().size()).sum()
                + baremes.values().stream().mapToInt(bareme -> bareme.valeurs().size()).sum();
    }

    /** Every parameter and grid with its history, in the order of the catalogue (for {@code mutualis:parameters}). */
    public List<ParametreDate<?>> parametres() {
        List<ParametreDate<?>> tous = new ArrayList<>();
        for (CleParametre cle : CleParametre.values()) {
            Optional.<ParametreDate<?>>ofNullable(cle.unite() == Unite.BAREME ? baremes.get(cle) : parametres.get(cle))
                    .ifPresent(tous::add);
        }
        return tous;
    }

    /** The parameters and grids of the catalogue that have no value in force for {@code mois}, as French messages. */
    public List<String> manquants(YearMonth mois) {
        List<String> manquants = new ArrayList<>();
        for (CleParametre cle : CleParametre.values()) {
            if (cle.regleDatee()) {
                continue;
            }
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
