package fr.mutualis.payroll.server.calcul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.server.parametres.ParametresPaie;

/** Bad input is refused with a French message and no payslip. */
class MoteurPaieRefusTest {

    private static final YearMonth JANVIER_2026 = YearMonth.of(2026, 1);

    private final MoteurPaie moteur = new MoteurPaie(Verifications.parametres(), Verifications.grilles());

    private static String refus(Executable action) {
        return assertThrows(DonneeInvalideException.class, action).getMessage();
    }

    @Test
    void quotiteOutsideZeroOne() {
        assertTrue(refus(() -> Agent.titulaire(400).quotite("0").situation())
                .startsWith("Quotité de travail invalide : 0."));
        assertTrue(refus(() -> Agent.titulaire(400).quotite("1.2").situation())
                .startsWith("Quotité de travail invalide : 1.2."));
    }

    @Test
    void monthBeforeTheStartDate() {
        String message = refus(() -> moteur.calculer(Agent.titulaire(400).entree(LocalDate.of(2026, 2, 1))
                .situation(), JANVIER_2026));
        assertEquals("Le mois de paie 2026-01 précède la date d'entrée de l'agent (2026-02-01) : aucun bulletin ne "
                + "peut être calculé.", message);
    }

    @Test
    void startInTheMiddleOfTheMonthIsNotComputedAsAFullMonth() {
        String message = refus(() -> moteur.calculer(Agent.titulaire(400).entree(LocalDate.of(2026, 1, 15))
                .situation(), JANVIER_2026));
        assertTrue(message.startsWith("Entrée en cours de mois (2026-01-15)"), message);
        // from the next month on, the payslip is computed
        assertEquals("1969.11", moteur.calculer(Agent.titulaire(400).entree(LocalDate.of(2026, 1, 15)).situation(),
                YearMonth.of(2026, 2)).ligne("TIB").orElseThrow().montantSalarial().toPlainString());
    }

    @Test
    void negativeIndexOrAmounts() {
        assertEquals("Indice majoré invalide : -1. Attendu : un indice strictement positif.",
                refus(() -> Agent.titulaire(-1).situation()));
        assertEquals("Montant négatif interdit pour l'élément indemnitaire « IFSE » : -250.00.",
                refus(() -> Agent.titulaire(400).ifse("-250").situation()));
        assertEquals("Nombre de points de NBI négatif : -15.", refus(() -> Agent.titulaire(400).nbi(-15).situation()));
        assertEquals("Nombre d'enfants négatif : -1.", refus(() -> Agent.titulaire(400).enfants(-1).situation()));
    }

    @Test
    void postLongerThanFullTime() {
        assertEquals("Durée hebdomadaire du poste (36 h) supérieure à celle d'un temps complet (35 h).",
                refus(() -> moteur.calculer(Agent.titulaire(400).heures("36").situation(), JANVIER_2026)));
    }

    @Test
    void transfertPrimesPointsOutsideTheCnracl() {
        String message = refus(() -> moteur.calculer(Agent.contractuel(400).tpp(CategorieTpp.C).situation(),
                JANVIER_2026));
        assertTrue(message.startsWith("Le transfert primes/points ne s'applique qu'aux fonctionnaires affiliés à la "
                + "CNRACL"), message);
    }

    @Test
    void missingParameterIsNamedWithTheMonth() {
        // the shipped file starts the point value on 2023-07-01
        assertEquals("Paramètre manquant pour 2019-12 : valeur du point d'indice", refus(() -> moteur
                .calculer(Agent.titulaire(400).entree(LocalDate.of(2010, 1, 1)).situation(), YearMonth.of(2019, 12))));
    }

    @Test
    void missingParameterInAPartialFile() {
        ParametresPaie seulementLesDurees = ParametresPaie.lire(new ByteArrayInputStream("""
                { "format": "mutualis-parametres/1", "module": "paie", "parametres": [
                  { "cle": "duree_hebdomadaire.temps_complet", "valeurs": [ { "dateEffet": "2002-01-01", "valeur": 35,
                      "reference": { "texte": "Décret n° 2001-623 du 12 juillet 2001", "date": "2001-07-12" } } ] },
                  { "cle": "cnracl.seuil_affiliation", "valeurs": [ { "dateEffet": "2022-03-01", "valeur": 28,
                      "reference": { "texte": "Décret n° 2022-244 du 25 février 2022", "date": "2022-02-25" } } ] } ] }
                """.getBytes(StandardCharsets.UTF_8)), "partiel.json");
        assertEquals("Paramètre manquant pour 2026-01 : valeur du point d'indice", refus(() -> new MoteurPaie(
                seulementLesDurees).calculer(Agent.titulaire(400).situation(), JANVIER_2026)));
    }

    @Test
    void indexOutsideTheGradeGrid() {
        assertEquals("Indice majoré 400 hors de la grille du grade C1 (Échelle C1 de la catégorie C (adjoint "
                + "administratif territorial, adjoint technique territorial, adjoint territorial du patrimoine, "
                + "adjoint territorial d'animation, agent social territorial)) en 2026-01 : attendu entre 366 et 387.",
                refus(() -> moteur.calculer(Agent.titulaire(400).grade("C1").situation(), JANVIER_2026)));
        assertEquals("Grade inconnu : « C9 ». Choisissez un grade de la liste (commande paie:grades) ou le code d'une "
                + "grille (ATTACHE, B-NES-1, B-NES-2, B-NES-3, C1, C2, C3, ING-CHEF, ING-PRINCIPAL).",
                refus(() -> moteur.calculer(Agent.titulaire(400).grade("C9").situation(), JANVIER_2026)));
        // within the C1 range (366 to 387) the payslip is computed
        assertEquals("1821.43", moteur.calculer(Agent.titulaire(370).grade("C1").situation(), JANVIER_2026)
                .ligne("TIB").orElseThrow().montantSalarial().toPlainString()); // 370 x point = 1821.4298
    }

    @Test
    void engineWithoutGridsDoesNotCheckGrades() {
        assertEquals("1969.11", new MoteurPaie(Verifications.parametres())
                .calculer(Agent.titulaire(400).grade("C1").situation(), JANVIER_2026).ligne("TIB").orElseThrow()
                .montantSalarial().toPlainString());
    }
}
