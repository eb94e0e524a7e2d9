package fr.mutualis.core.console.tests;

import static fr.mutualis.core.console.tests.Gogo.ok;
import static fr.mutualis.core.console.tests.Gogo.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.server.parametres.ParametreDate;
import fr.mutualis.core.server.parametres.ParametresPublies;
import fr.mutualis.core.server.parametres.ReferenceJuridique;
import fr.mutualis.core.server.parametres.ValeurDatee;
import fr.mutualis.testing.GogoShell;
import fr.mutualis.testing.OsgiServices;

/**
 * {@code mutualis:parameters [module] [key]}, with the parameters of a module {@code essai} registered by the test as
 * a module server bundle does.
 */
class ParameterCommandsTest {

    private static boolean registered;

    @BeforeAll
    static synchronized void registerTestParameters() {
        if (!registered) {
            ReferenceJuridique article = new ReferenceJuridique("Article 1 du règlement d'essai", null, null);
            ParametreDate<BigDecimal> taux = new ParametreDate<>("essai.taux", "Taux d'essai", List.of(
                    new ValeurDatee<>(LocalDate.of(2016, 1, 1), new BigDecimal("0.075"), article),
                    new ValeurDatee<>(LocalDate.of(2100, 1, 1), new BigDecimal("0.100"), new ReferenceJuridique(
                            "Décret d'essai n° 2099-1", LocalDate.of(2099, 6, 30), "valeur à confirmer"))));
            ParametreDate<String> futur = new ParametreDate<>("essai.futur", null, List.of(
                    new ValeurDatee<>(LocalDate.of(2100, 1, 1), "plus tard", article)));
            ParametresPublies essai = () -> new ParametresPublies.DuModule("essai", List.of(taux, futur));
            OsgiServices.contextOf(ParameterCommandsTest.class).registerService(ParametresPublies.class, essai, null);
            registered = true;
        }
        OsgiServices.await("mutualis:parameters to know the module essai",
                () -> Gogo.shell().execute("mutualis:parameters essai").err().isEmpty());
    }

    @Test
    void withoutArgumentEveryModuleParameterIsListedWithTheValueInForceToday() {
        String text = ok("mutualis:parameters");
        Gogo.assertAligned(text.substring(0, text.lastIndexOf('\n')), "Module", "Clé", "Valeur en vigueur", "Depuis",
                "Référence");
        assertTrue(text.matches("(?s).*\\nessai +essai\\.taux +0\\.075 +2016-01-01 +Article 1 du règlement d'essai\\n.*"),
                text);
        assertTrue(text.matches("(?s).*\\nessai +essai\\.futur +aucune\\n.*"), text);
    }

    @Test
    void aModuleListsOnlyItsParameters() {
        String text = ok("mutualis:parameters essai");
        assertEquals(5, text.split("\n").length, text);
        assertTrue(text.endsWith("2 paramètre(s) ; l'historique d'un paramètre : mutualis:parameters <module> <clé>"),
                text);
    }

    @Test
    void aKeyShowsTheWholeHistoryWithTheLegalReferences() {
        assertEquals("""
                essai.taux : Taux d'essai
                Depuis      Valeur  Référence juridique
                ----------  ------  ----------------------------------------------------------
                2016-01-01  0.075   Article 1 du règlement d'essai
                2100-01-01  0.100   Décret d'essai n° 2099-1 (2099-06-30) — valeur à confirmer
                2 valeur(s)""", ok("mutualis:parameters essai essai.taux"));
    }

    @Test
    void anUnknownModuleOrKeyIsRefusedInFrench() {
        GogoShell.Result r = Gogo.shell().execute("mutualis:parameters inconnu");
        assertTrue(r.err().startsWith("Erreur : Aucun paramètre pour le module « inconnu ». Modules : "), r.err());
        refused("mutualis:parameters essai essai.absent", "Paramètre inconnu du module essai : « essai.absent » "
                + "(mutualis:parameters essai les liste).");
        refused("mutualis:parameters essai essai.taux trop", "Usage : mutualis:parameters [module] [clé].");
    }
}
