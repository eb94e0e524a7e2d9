package fr.mutualis.budget.server.parametres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The effective-dated parameters of the budget module, read from {@code parametres/budget.json} (shipped in the
 * bundle): the legal ceiling of the fongibilité rate and the end of the journée complémentaire.
 */
public final class ParametresBudget {

    static final String TAUX_FONGIBILITE = "fongibilite.taux-maximum";
    static final String FIN_JOURNEE_COMPLEMENTAIRE = "journee-complementaire.fin";

    private final ParametreDate<BigDecimal> tauxMaximumFongibilite;
    private final ParametreDate<MonthDay> finJourneeComplementaire;

    ParametresBudget(ParametreDate<BigDecimal> tauxMaximumFongibilite, ParametreDate<MonthDay> finJourneeComplementaire) {
        this.tauxMaximumFongibilite = tauxMaximumFongibilite;
        this.finJourneeComplementaire = finJourneeComplementaire;
    }

    /** The file packed in this bundle, read through its class loader. */
    public static ParametresBudget depuisBundle() {
        try (InputStream json = ParametresBudget.class.getClassLoader().getResourceAsStream("parametres/budget.json")) {
            if (json == null) {
                throw new IllegalStateException("parametres/budget.json is missing from the budget server bundle");
            }
            return LecteurParametresBudget.lire(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parameter file on disk (tests). */
    public static ParametresBudget depuisFichier(Path fichier) {
        try (InputStream json = Files.newInputStream(fichier)) {
            return LecteurParametresBudget.lire(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Legal ceiling of the rate the council may vote for chapter-to-chapter virements, in force on {@code date}. */
    public BigDecimal tauxMaximumFongibilite(LocalDate date) {
        return tauxMaximumFongibilite.valeur(date);
    }

    /** Last day (in N+1) of the journée complémentaire of exercice N, as in force at the end of exercice N. */
    public LocalDate finJourneeComplementaire(int exercice) {
        return finJourneeComplementaire.valeur(LocalDate.of(exercice, 12, 31)).atYear(exercice + 1);
    }

    public ParametreDate<BigDecimal> parametreTauxFongibilite() {
        return tauxMaximumFongibilite;
    }

    public ParametreDate<MonthDay> parametreJourneeComplementaire() {
        return finJourneeComplementaire;
    }
}
