package fr.mutualis.budget.server.nomenclature;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * The plans de comptes shipped in the bundle's {@code nomenclature/} folder, listed in {@code nomenclature/index.txt}.
 * A budget of exercice N uses the newest plan whose exercice is N or earlier: only the 2024 plan is shipped today, so
 * 2024, 2025 and 2026 budgets all use it until a newer plan is added. Plans are parsed once, on first use.
 */
public final class CataloguePlansDeComptes {

    /** Opens a file of the {@code nomenclature/} folder, e.g. {@code 2024/M57_A/planDeCompte.xml}. */
    @FunctionalInterface
    private interface Source {
        InputStream ouvrir(String chemin) throws IOException;
    }

    private final Source source;
    private final List<Integer> exercices;
    private final Map<String, PlanDeComptes> plans = new ConcurrentHashMap<>();

    private CataloguePlansDeComptes(Source source) {
        this.source = source;
        this.exercices = lireIndex();
    }

    /** The plans packed in this bundle, read through its class loader (the OSGi bundle class path). */
    public static CataloguePlansDeComptes depuisBundle() {
        ClassLoader loader = CataloguePlansDeComptes.class.getClassLoader();
        return new CataloguePlansDeComptes(chemin -> loader.getResourceAsStream("nomenclature/" + chemin));
    }

    /** The plans of a {@code nomenclature/} folder on disk (tests, or an administrator's newer plans). */
    public static CataloguePlansDeComptes depuisDossier(Path dossier) {
        return new CataloguePlansDeComptes(chemin -> {
            Path fichier = dossier.resolve(chemin);
            return Files.exists(fichier) ? Files.newInputStream(fichier) : null;
        });
    }

    /** Exercices of the shipped plans, oldest first. */
    public List<Integer> exercicesDisponibles() {
        return exercices;
    }

    /** The plan that applies to a budget of {@code exercice}: the newest one whose exercice is not later. */
    public PlanDeComptes pour(int exercice, Declinaison declinaison) {
        int plan = exercices.stream().filter(e -> e <= exercice).reduce((a, b) -> b)
                .orElseThrow(() -> new DonneeInvalideException("Aucun plan de comptes M57 n'est disponible pour l'exercice "
                        + exercice + " : le plus ancien fourni est celui de " + exercices.get(0) + "."));
        String chemin = plan + "/" + declinaison.name() + "/planDeCompte.xml";
        return plans.computeIfAbsent(chemin, this::charger);
    }

    private PlanDeComptes charger(String chemin) {
        try (InputStream xml = ouvrir(chemin)) {
            return LecteurPlanDeComptes.lire(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Integer> lireIndex() {
        try (BufferedReader index = new BufferedReader(new InputStreamReader(ouvrir("index.txt"), StandardCharsets.UTF_8))) {
            List<Integer> liste = index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(Integer::valueOf).sorted().toList();
            if (liste.isEmpty()) {
                throw new IllegalStateException("nomenclature/index.txt ne liste aucun exercice");
            }
            return liste;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream ouvrir(String chemin) throws IOException {
        InputStream flux = source.ouvrir(chemin);
        if (flux == null) {
            throw new IllegalStateException("Fichier de nomenclature absent du bundle : nomenclature/" + chemin);
        }
        return flux;
    }
}
