package fr.mutualis.core.server.parametres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mutualis.core.api.DonneeInvalideException;

/** The one parameter file format of every module: values dated by their date of effect, each with its reference. */
class LecteurParametresTest {

    private static final String FICHIER = """
            { "format": "mutualis-parametres/1", "module": "essai", "description": "test",
              "parametres": [
                { "cle": "taux", "libelle": "Taux d'essai", "reference": { "texte": "Article 1" },
                  "valeurs": [
                    { "dateEffet": "2030-01-01", "valeur": 0.10,
                      "reference": { "texte": "Décret 2 du 1er décembre 2029", "date": "2029-12-01", "note": "à confirmer" } },
                    { "dateEffet": "2020-01-01", "valeur": 0.075 } ] },
                { "cle": "jour", "reference": { "texte": "Article 2" },
                  "valeurs": [ { "dateEffet": "2020-01-01", "valeur": { "mois": 1, "jour": 31 } } ] } ] }
            """;

    private static List<ParametreDate<JsonNode>> lire(String json) {
        return LecteurParametres.lire(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "essai.json",
                "essai", parametre -> parametre);
    }

    private static ParametreDate<JsonNode> parametre(String cle) {
        return lire(FICHIER).stream().filter(parametre -> parametre.cle().equals(cle)).findFirst().orElseThrow();
    }

    @Test
    void valuesAreSortedAndLookedUpByDateWithTheirReference() {
        ParametreDate<BigDecimal> taux = parametre("taux")
                .convertir(JsonNode::decimalValue);
        assertEquals("Taux d'essai", taux.libelle());
        assertEquals(new BigDecimal("0.075"), taux.valeurAu(LocalDate.of(2029, 12, 31)));
        assertEquals(new BigDecimal("0.10"), taux.valeurAu(LocalDate.of(2030, 1, 1)));
        ValeurDatee<BigDecimal> premiere = taux.valeurs().getFirst();
        assertEquals(new ReferenceJuridique("Article 1", null, null), premiere.reference(), "inherited");
        assertEquals("Décret 2 du 1er décembre 2029 (2029-12-01) — à confirmer",
                taux.valeurs().get(1).reference().complete());
        assertEquals("jour", parametre("jour").libelle(), "the key when no label");
        DonneeInvalideException avant = assertThrows(DonneeInvalideException.class,
                () -> taux.valeurAu(LocalDate.of(2019, 12, 31)));
        assertEquals("Le paramètre « Taux d'essai » n'a aucune valeur en vigueur au 31/12/2019 (première valeur au "
                + "01/01/2020).", avant.getMessage());
    }

    @Test
    void aBadFileIsRefusedWholeInFrenchAndLoggedInEnglish() {
        List<LogRecord> journal = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                journal.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(LecteurParametres.class.getName());
        logger.addHandler(capture);
        try {
            String mauvais = FICHIER.replace("\"2020-01-01\", \"valeur\": 0.075", "\"2020-13-01\", \"valeur\": 0.075")
                    .replace("{ \"cle\": \"jour\", \"reference\": { \"texte\": \"Article 2\" },",
                            "{ \"cle\": \"jour\", \"refrence\": { \"texte\": \"Article 2\" },");
            DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> lire(mauvais));
            assertEquals(List.of("Paramètre « taux » : valeur n° 2 : « dateEffet » : date invalide « 2020-13-01 » "
                    + "(format attendu AAAA-MM-JJ).", "Paramètre « jour » : champ inconnu « refrence » (champs "
                    + "possibles : cle, libelle, reference, valeurs)."), e.erreurs());
            assertEquals(1, journal.size());
            String ligne = java.text.MessageFormat.format(journal.get(0).getMessage(), journal.get(0).getParameters());
            assertTrue(ligne.startsWith("Parameter file essai.json of module essai refused, nothing loaded (2 "
                    + "problem(s)): "), ligne);
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void theFormatTheModuleAndTheJsonAreChecked() {
        assertEquals(List.of("Fichier de paramètres essai.json : format « autre/1 » non reconnu, « "
                + "mutualis-parametres/1 » attendu."), assertThrows(DonneeInvalideException.class,
                        () -> lire(FICHIER.replace("mutualis-parametres/1", "autre/1"))).erreurs());
        assertEquals(List.of("Fichier de paramètres essai.json : fichier du module « essai2 », « essai » attendu."),
                assertThrows(DonneeInvalideException.class,
                        () -> lire(FICHIER.replace("\"essai\"", "\"essai2\""))).erreurs());
        String message = assertThrows(DonneeInvalideException.class, () -> lire("{ \"format\": ")).getMessage();
        assertTrue(message.startsWith("Fichier de paramètres essai.json : JSON invalide à la ligne 1"), message);
        assertEquals(List.of("Paramètre « taux » : défini deux fois."), assertThrows(DonneeInvalideException.class,
                () -> lire(FICHIER.replace("\"cle\": \"jour\"", "\"cle\": \"taux\""))).erreurs());
    }

    @Test
    void aConversionProblemIsReportedWithTheOthersAndNamesTheValue() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> LecteurParametres.lire(
                new ByteArrayInputStream(FICHIER.getBytes(StandardCharsets.UTF_8)), "essai.json", "essai",
                parametre -> parametre.convertir(valeur -> {
                    if (!valeur.isNumber()) {
                        throw new DonneeInvalideException("nombre attendu");
                    }
                    return valeur.decimalValue();
                })));
        assertEquals(List.of("Paramètre « jour », valeur au 2020-01-01 : nombre attendu."), e.erreurs());
    }

    @Test
    void mergingAddsNewDatesAndRefusesAContradiction() {
        ParametreDate<BigDecimal> taux = parametre("taux")
                .convertir(JsonNode::decimalValue);
        ReferenceJuridique reference = new ReferenceJuridique("Décret 3", LocalDate.of(2031, 1, 1), null);
        ParametreDate<BigDecimal> suite = new ParametreDate<>("taux", null, List.of(
                new ValeurDatee<>(LocalDate.of(2031, 1, 1), new BigDecimal("0.2"), reference),
                new ValeurDatee<>(LocalDate.of(2030, 1, 1), new BigDecimal("0.100"), reference)));
        ParametreDate<BigDecimal> fusion = taux.avec(suite, (a, b) -> a.compareTo(b) == 0);
        assertEquals(3, fusion.valeurs().size());
        assertEquals(new BigDecimal("0.2"), fusion.valeurAu(LocalDate.of(2031, 6, 1)));
        ParametreDate<BigDecimal> contraire = new ParametreDate<>("taux", null, List.of(
                new ValeurDatee<>(LocalDate.of(2030, 1, 1), new BigDecimal("0.12"), reference)));
        assertEquals("Paramètre « taux » : la valeur au 2030-01-01 existe déjà (0.10) et diffère de la nouvelle "
                + "(0.12).", assertThrows(DonneeInvalideException.class,
                        () -> taux.avec(contraire, (a, b) -> a.compareTo(b) == 0)).getMessage());
    }
}
