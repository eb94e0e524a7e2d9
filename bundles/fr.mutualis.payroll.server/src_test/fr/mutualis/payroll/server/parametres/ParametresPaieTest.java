package fr.mutualis.payroll.server.parametres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.parametres.ValeurDatee;

class ParametresPaieTest {

    private static final String REFERENCE =
            "\"reference\": { \"texte\": \"Décret de test\", \"date\": \"2026-11-20\" }";

    private static ParametresPaie livres() {
        try (InputStream in = Files.newInputStream(Path.of("parametres/paie.json"))) {
            return ParametresPaie.lire(in, "parametres/paie.json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ParametresPaie charger(String json) {
        return ParametresPaie.lire(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static List<String> erreurs(String json) {
        return assertThrows(DonneeInvalideException.class, () -> charger(json)).erreurs();
    }

    private static String fichier(String parametres) {
        return "{ \"format\": \"mutualis-parametres/1\", \"module\": \"paie\", \"parametres\": [ " + parametres
                + " ] }";
    }

    private static String smic(String date, String valeur) {
        return "{ \"cle\": \"smic.mensuel\", \"valeurs\": [ { \"dateEffet\": \"" + date + "\", \"valeur\": " + valeur
                + ", " + REFERENCE + " } ] }";
    }

    @Test
    void shippedFileHasEveryParameterOfTheCatalogueForJanuary2026() {
        ParametresPaie parametres = livres();
        YearMonth janvier = YearMonth.of(2026, 1);
        for (CleParametre cle : CleParametre.values()) {
            if (cle.unite() == Unite.BAREME) {
                parametres.bareme(cle, janvier);
            } else {
                parametres.valeur(cle, janvier);
            }
        }
    }

    @Test
    void valueInForceFollowsTheDatesOfEffect() {
        ParametresPaie parametres = livres();
        assertEquals(new BigDecimal("5907.34"), parametres.valeur(CleParametre.POINT_INDICE, YearMonth.of(2026, 1)));
        assertEquals(new BigDecimal("31.65"), parametres.valeur(CleParametre.CNRACL_PATRONAL, YearMonth.of(2024, 12)));
        assertEquals(new BigDecimal("34.65"), parametres.valeur(CleParametre.CNRACL_PATRONAL, YearMonth.of(2025, 6)));
        assertEquals(new BigDecimal("37.65"), parametres.valeur(CleParametre.CNRACL_PATRONAL, YearMonth.of(2026, 1)));
        assertEquals(new BigDecimal("43.65"), parametres.valeur(CleParametre.CNRACL_PATRONAL, YearMonth.of(2030, 1)));
        assertEquals(new BigDecimal("1801.80"), parametres.valeur(CleParametre.SMIC_MENSUEL, YearMonth.of(2025, 12)));
        assertEquals(new BigDecimal("3925"), parametres.valeur(CleParametre.PMSS, YearMonth.of(2025, 1)));
        ValeurDatee<BigDecimal> cnracl = parametres.enVigueur(CleParametre.CNRACL_PATRONAL, LocalDate.of(2027, 3, 15))
                .orElseThrow();
        assertEquals(new BigDecimal("40.65"), cnracl.valeur());
        assertTrue(cnracl.reference().texte().startsWith("Décret n° 2025-86 du 30 janvier 2025"));
        assertEquals(LocalDate.of(2025, 1, 30), cnracl.reference().date());
    }

    @Test
    void tauxNeutreGridOfTheMonth() {
        ParametresPaie parametres = livres();
        assertEquals(new BigDecimal("0.5"), parametres.bareme(CleParametre.PAS_TAUX_NEUTRE, YearMonth.of(2025, 4))
                .taux(new BigDecimal("1591.00")));
        assertEquals(new BigDecimal("0"), parametres.bareme(CleParametre.PAS_TAUX_NEUTRE, YearMonth.of(2025, 5))
                .taux(new BigDecimal("1619.99")));
        assertEquals(new BigDecimal("43"), parametres.bareme(CleParametre.PAS_TAUX_NEUTRE, YearMonth.of(2026, 1))
                .taux(new BigDecimal("55062")));
    }

    @Test
    void missingValueNamesTheParameterAndTheMonth() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> livres().valeur(CleParametre.POINT_INDICE, YearMonth.of(2023, 6)));
        assertEquals("Paramètre manquant pour 2023-06 : valeur du point d'indice", e.getMessage());
        assertEquals("Paramètre manquant pour 2024-12 : SMIC mensuel brut", assertThrows(DonneeInvalideException.class,
                () -> charger(fichier(smic("2026-01-01", "1823.03"))).valeur(CleParametre.SMIC_MENSUEL,
                        YearMonth.of(2024, 12))).getMessage());
    }

    @Test
    void refusesAFileThatIsNotJson() {
        String message = assertThrows(DonneeInvalideException.class, () -> charger("{ \"format\": ")).getMessage();
        assertTrue(message.startsWith("Fichier de paramètres test.json : JSON invalide à la ligne 1"), message);
        assertEquals("Fichier de paramètres test.json : format « autre/2 » non reconnu, « mutualis-parametres/1 » "
                + "attendu.", assertThrows(DonneeInvalideException.class,
                        () -> charger("{ \"format\": \"autre/2\" }")).getMessage());
    }

    @Test
    void reportsEveryProblemOfAMalformedFile() {
        List<String> erreurs = erreurs(fichier(String.join(",",
                "{ \"cle\": \"smic.mensual\", \"valeurs\": [] }",
                "{ \"cle\": \"pmss\", \"valeurs\": [ { \"dateEffet\": \"2027-01-01\", \"valeur\": \"4100\", "
                        + REFERENCE + " } ] }",
                "{ \"cle\": \"crds\", \"valeurs\": [ { \"dateEffet\": \"2027-13-01\", \"valeur\": 0.5, " + REFERENCE
                        + " } ] }",
                "{ \"cle\": \"csa\", \"valeurs\": [ { \"dateEffet\": \"2027-01-01\", \"valeur\": 0.3 } ] }",
                "{ \"cle\": \"urssaf.csa\", \"valeurs\": [ { \"dateEffet\": \"2027-01-01\", \"valeur\": 120, "
                        + REFERENCE + " } ] }",
                "{ \"cle\": \"cnracl.taux_salarial\", \"valeurs\": [ { \"dateEffet\": \"2027-01-01\", \"valeur\": 11, "
                        + REFERENCE + " }, { \"dateEffet\": \"2027-01-01\", \"valeur\": 12, " + REFERENCE + " } ] }",
                "{ \"cle\": \"crds\", \"valeurs\": [ { \"dateEffet\": \"2027-01-01\", \"valuer\": 0.5, " + REFERENCE
                        + " } ] }")));
        assertEquals(List.of(
                "Paramètre « smic.mensual » : « valeurs » manquant ou mal formé (liste non vide attendue).",
                "Paramètre « pmss », valeur au 2027-01-01 : « valeur » manquant ou non numérique (nombre attendu, "
                        + "reçu \"4100\").",
                "Paramètre « crds » : valeur n° 1 : « dateEffet » : date invalide « 2027-13-01 » (format attendu "
                        + "AAAA-MM-JJ).",
                "Paramètre « csa » : valeur n° 1 : « reference » manquante (ni sur la valeur ni sur le paramètre).",
                "Paramètre « urssaf.csa », valeur au 2027-01-01 : taux supérieur à 100 % (120).",
                "Paramètre « cnracl.taux_salarial » : deux valeurs ont la même date d'effet 2027-01-01.",
                "Paramètre « crds » : défini deux fois."), erreurs);
    }

    @Test
    void refusesAValueWithoutLegalReference() {
        assertEquals(List.of("Paramètre « pmss » : valeur n° 1 : « reference » manquante (ni sur la valeur ni sur le "
                + "paramètre)."),
                erreurs(fichier("{ \"cle\": \"pmss\", \"valeurs\": [ { \"dateEffet\": \"2027-01-01\", "
                        + "\"valeur\": 4100 } ] }")));
    }

    @Test
    void refusesAGridThatDoesNotStartAtZero() {
        String json = fichier("{ \"cle\": \"pas.taux_neutre.metropole\", \"valeurs\": [ { \"dateEffet\": "
                + "\"2027-01-01\", " + REFERENCE + ", \"valeur\": { \"tranches\": [ { \"seuil\": 100, \"taux\": 0 }, "
                + "{ \"seuil\": 50, \"taux\": 1 } ] } } ] }");
        assertEquals(List.of("Paramètre « pas.taux_neutre.metropole », valeur au 2027-01-01 : la première tranche doit "
                + "commencer à 0."), erreurs(json));
    }

    @Test
    void refusesAParameterDeclaredTwice() {
        assertEquals(List.of("Paramètre « smic.mensuel » : défini deux fois."),
                erreurs(fichier(smic("2027-01-01", "1850.00") + "," + smic("2028-01-01", "1900.00"))));
    }

    @Test
    void mergeAddsNextYearsValues() {
        ParametresPaie fusion = livres().fusionner(charger(fichier(smic("2027-01-01", "1850.00"))));
        assertEquals(new BigDecimal("1850.00"), fusion.valeur(CleParametre.SMIC_MENSUEL, YearMonth.of(2027, 1)));
        assertEquals(new BigDecimal("1823.03"), fusion.valeur(CleParametre.SMIC_MENSUEL, YearMonth.of(2026, 2)));
        assertEquals(new BigDecimal("5907.34"), fusion.valeur(CleParametre.POINT_INDICE, YearMonth.of(2027, 1)));
        // loading the same value twice is harmless
        assertEquals(new BigDecimal("1823.03"), livres().fusionner(charger(fichier(smic("2026-01-01", "1823.03"))))
                .valeur(CleParametre.SMIC_MENSUEL, YearMonth.of(2026, 1)));
    }

    @Test
    void mergeRefusesAContradictionAndKeepsTheExistingSet() {
        ParametresPaie existants = livres();
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> existants.fusionner(charger(fichier(smic("2026-01-01", "1830.00")))));
        assertEquals("Paramètre « smic.mensuel » : la valeur au 2026-01-01 existe déjà (1823.03) et diffère de la "
                + "nouvelle (1830.00).", e.getMessage());
        assertEquals(new BigDecimal("1823.03"), existants.valeur(CleParametre.SMIC_MENSUEL, YearMonth.of(2026, 1)));
    }

    @Test
    void aFileStoredInTheFormerFormatIsReadWithTheSameValues() {
        String ancien = "{ \"format\": \"mutualis-paie-parametres/1\", \"parametres\": [ "
                + smic("2027-01-01", "1850.10") + " ], \"baremes\": [ { \"cle\": \"pas.taux_neutre.metropole\", "
                + "\"versions\": [ { \"dateEffet\": \"2027-01-01\", " + REFERENCE + ", \"tranches\": [ "
                + "{ \"seuil\": 0, \"taux\": 0 }, { \"seuil\": 1700.50, \"taux\": 0.50 } ] } ] } ] }";
        assertEquals(FormatFichier.PARAMETRES, FormatFichier.de(ancien));
        ParametresPaie lus = charger(FormatFichier.enFormatActuel(ancien));
        assertEquals(new BigDecimal("1850.10"), lus.valeur(CleParametre.SMIC_MENSUEL, YearMonth.of(2027, 1)));
        assertEquals(new BigDecimal("0.50"), lus.bareme(CleParametre.PAS_TAUX_NEUTRE, YearMonth.of(2027, 1))
                .taux(new BigDecimal("1700.50")));
        assertEquals("Décret de test", lus.enVigueur(CleParametre.SMIC_MENSUEL, LocalDate.of(2027, 2, 1)).orElseThrow()
                .reference().texte());
    }
}
