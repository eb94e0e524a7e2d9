package fr.mutualis.budget.server.parametres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.parametres.LecteurParametres;
import fr.mutualis.core.server.parametres.ParametreDate;

/**
 * The effective-dated parameters of the budget module, read from {@code parametres/budget.json} (shipped in the
 * bundle, format {@value LecteurParametres#FORMAT}): the legal ceiling of the fongibilité rate and the end of the
 * journée complémentaire.
 */
public final class ParametresBudget {

    static final String RESSOURCE = "parametres/budget.json";
    static final String TAUX_FONGIBILITE = "fongibilite.taux-maximum";
    static final String FIN_JOURNEE_COMPLEMENTAIRE = "journee-complementaire.fin";

    private final ParametreDate<BigDecimal> tauxMaximumFongibilite;
    private final ParametreDate<MonthDay> finJourneeComplementaire;

    @SuppressWarnings("unchecked")
    private ParametresBudget(List<ParametreDate<?>> lus) {
        this.tauxMaximumFongibilite = (ParametreDate<BigDecimal>) exige(lus, TAUX_FONGIBILITE);
        this.finJourneeComplementaire = (ParametreDate<MonthDay>) exige(lus, FIN_JOURNEE_COMPLEMENTAIRE);
    }

    /** Reads a parameter file; the caller closes the stream. */
    public static ParametresBudget lire(InputStream json, String fichier) {
        return new ParametresBudget(LecteurParametres.lire(json, fichier, BudgetModule.ID,
                parametre -> switch (parametre.cle()) {
                    case TAUX_FONGIBILITE -> parametre.convertir(ParametresBudget::taux);
                    case FIN_JOURNEE_COMPLEMENTAIRE -> parametre.convertir(ParametresBudget::jour);
                    default -> throw new DonneeInvalideException("paramètre inconnu du module budget");
                }));
    }

    /** The file packed in this bundle, read through its class loader. */
    public static ParametresBudget depuisBundle() {
        try (InputStream json = ParametresBudget.class.getClassLoader().getResourceAsStream(RESSOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESSOURCE + " is missing from the budget server bundle");
            }
            return lire(json, RESSOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parameter file on disk (tests). */
    public static ParametresBudget depuisFichier(Path fichier) {
        try (InputStream json = Files.newInputStream(fichier)) {
            return lire(json, fichier.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Legal ceiling of the rate the council may vote for chapter-to-chapter virements, in force on {@code date}. */
    public BigDecimal tauxMaximumFongibilite(LocalDate date) {
        return tauxMaximumFongibilite.valeurAu(date);
    }

    /** The legal reference of that ceiling as in force on {@code date}, e.g. "CGCT art. L5217-10-6 …". */
    public String referenceTauxFongibilite(LocalDate date) {
        tauxMaximumFongibilite.valeurAu(date); // a date before the first value is refused in French
        return tauxMaximumFongibilite.enVigueurAu(date).orElseThrow().reference().texte();
    }

    /** Last day (in N+1) of the journée complémentaire of exercice N, as in force at the end of exercice N. */
    public LocalDate finJourneeComplementaire(int exercice) {
        return finJourneeComplementaire.valeurAu(LocalDate.of(exercice, 12, 31)).atYear(exercice + 1);
    }

    /** Every parameter with its history, for {@code mutualis:parameters}. */
    public List<ParametreDate<?>> parametres() {
        return List.of(tauxMaximumFongibilite, finJourneeComplementaire);
    }

    private static ParametreDate<?> exige(List<ParametreDate<?>> lus, String cle) {
        return lus.stream().filter(parametre -> parametre.cle().equals(cle)).findFirst().orElseThrow(
                () -> new DonneeInvalideException("Fichier de paramètres du budget invalide : le paramètre « " + cle
                        + " » manque."));
    }

    private static BigDecimal taux(JsonNode valeur) {
        if (!valeur.isNumber() || valeur.decimalValue().signum() < 0
                || valeur.decimalValue().compareTo(BigDecimal.ONE) > 0) {
            throw new DonneeInvalideException("un taux est un nombre compris entre 0 et 1, pas " + valeur);
        }
        return valeur.decimalValue();
    }

    private static MonthDay jour(JsonNode valeur) {
        try {
            return MonthDay.of(valeur.path("mois").asInt(0), valeur.path("jour").asInt(0));
        } catch (DateTimeException e) {
            throw new DonneeInvalideException("jour de l'année illisible " + valeur + " ({\"mois\": 1, \"jour\": 31} "
                    + "attendu)");
        }
    }
}
