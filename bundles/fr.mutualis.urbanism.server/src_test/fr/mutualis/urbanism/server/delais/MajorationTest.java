package fr.mutualis.urbanism.server.delais;

import static fr.mutualis.urbanism.server.delais.MoteurDelaisTest.MOTEUR;
import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.DemandePieces;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.Majoration;
import fr.mutualis.urbanism.api.MajorationNotifiee;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TypeDossier;

/** Majorations R423-24, R423-25, R423-28: effect, non-cumulation, notification window, applicable types. */
class MajorationTest {

    private static final LocalDate DEPOT = of(2024, 1, 15);

    private static ResultatDelais calculer(TypeDossier type, LocalDate depot, Majoration... majorations) {
        List<MajorationNotifiee> notifiees = Arrays.stream(majorations)
                .map(m -> new MajorationNotifiee(m, depot.plusDays(10))).toList();
        return MOTEUR.calculer(new DonneesInstruction(type, depot, List.of(), notifiees, null));
    }

    @ParameterizedTest(name = "{0} + {1} : {2} mois, date limite {3}")
    @CsvSource({
            "DP,   R423_24, 2, 2024-03-15",
            "PCMI, R423_24, 3, 2024-04-15",
            "PD,   R423_24, 3, 2024-04-15",
            "PC,   R423_24, 4, 2024-05-15",
            "PA,   R423_24, 4, 2024-05-15",
            "DP,   R423_25, 3, 2024-04-15",
            "PCMI, R423_25, 4, 2024-05-15",
            "PD,   R423_25, 4, 2024-05-15",
            "PC,   R423_25, 5, 2024-06-15",
            "PA,   R423_25, 5, 2024-06-15",
            "PCMI, R423_28, 5, 2024-06-15",
            "PD,   R423_28, 5, 2024-06-15",
            "PC,   R423_28, 5, 2024-06-15",
            "PA,   R423_28, 5, 2024-06-15" })
    void eachMajoration(TypeDossier type, Majoration majoration, int mois, LocalDate limite) {
        ResultatDelais r = calculer(type, DEPOT, majoration);
        assertEquals(mois, r.dureeMois());
        assertEquals(limite, r.dateLimite());
        assertEquals(List.of(), r.avertissements());
    }

    @Test
    void ruleTextNamesBaseAndMajoration() {
        assertEquals("R423-23 c : 3 mois + R423-25 : 2 mois = 5 mois à compter du 15/01/2024",
                calculer(TypeDossier.PC, DEPOT, Majoration.R423_25).regleAppliquee().split(" \\(")[0]);
        assertEquals("R423-28 : délai porté à 5 mois à compter du 15/01/2024",
                calculer(TypeDossier.PA, DEPOT, Majoration.R423_28).regleAppliquee().split(" \\(")[0]);
    }

    @Test
    void theMonthsAreAddedToThePeriodNotChainedFromAClampedDate() {
        assertEquals(of(2024, 3, 31), calculer(TypeDossier.DP, of(2024, 1, 31), Majoration.R423_24).dateLimite());
    }

    @Test
    void r423_24AndR423_25DoNotCumulate() {
        ResultatDelais r = calculer(TypeDossier.PC, DEPOT, Majoration.R423_24, Majoration.R423_25);
        assertEquals(5, r.dureeMois());
        assertEquals(of(2024, 6, 15), r.dateLimite());
        assertEquals(List.of("Les majorations R423-24 et R423-25 ne se cumulent pas : seule la plus longue s'applique "
                + "(R423-25 : +2 mois)."), r.avertissements());
        assertEquals(4, calculer(TypeDossier.PCMI, DEPOT, Majoration.R423_25, Majoration.R423_24).dureeMois());
    }

    @Test
    void r423_28SetsFiveMonthsEvenWithOtherMajorations() {
        ResultatDelais r = calculer(TypeDossier.PC, DEPOT, Majoration.R423_24, Majoration.R423_28);
        assertEquals(5, r.dureeMois());
        assertEquals(of(2024, 6, 15), r.dateLimite());
        assertEquals(List.of("R423-28 porte le délai à 5 mois : la majoration R423-24 ne l'allonge pas."),
                r.avertissements());
        assertEquals(5, calculer(TypeDossier.PCMI, DEPOT, Majoration.R423_25, Majoration.R423_28).dureeMois());
    }

    @Test
    void majorationStartsFromCompletionWhenPiecesWereRequested() {
        ResultatDelais r = MOTEUR.calculer(new DonneesInstruction(TypeDossier.PC, DEPOT,
                List.of(new DemandePieces(of(2024, 2, 1), of(2024, 3, 1))),
                List.of(new MajorationNotifiee(Majoration.R423_25, of(2024, 2, 1))), null));
        assertEquals(of(2024, 3, 1), r.dateDebut());
        assertEquals(of(2024, 8, 1), r.dateLimite());
    }

    @Test
    void majorationNotifiedOnTheLastDayOfTheFirstMonthIsAccepted() {
        ResultatDelais r = MOTEUR.calculer(new DonneesInstruction(TypeDossier.PC, DEPOT, List.of(),
                List.of(new MajorationNotifiee(Majoration.R423_24, of(2024, 2, 15))), null));
        assertEquals(of(2024, 5, 15), r.dateLimite());
    }

    @Test
    void majorationNotifiedAfterTheFirstMonthIsRefused() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> MOTEUR.calculer(new DonneesInstruction(TypeDossier.PC, DEPOT, List.of(),
                        List.of(new MajorationNotifiee(Majoration.R423_24, of(2024, 2, 16))), null)));
        assertEquals("Majoration R423-24 refusée : notifiée le 16/02/2024, après le délai de 1 mois suivant le dépôt "
                + "du 15/01/2024 (au plus tard le 15/02/2024, R423-42, R423-43). Le délai d'instruction n'est pas "
                + "modifié.", e.getMessage());
    }

    @Test
    void r423_28DoesNotApplyToADeclaration() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> calculer(TypeDossier.DP, DEPOT, Majoration.R423_28));
        assertEquals("La majoration R423-28 ne s'applique pas à un dossier DP (Déclaration préalable) déposé le "
                + "15/01/2024. Types concernés : PCMI, PC, PA, PD.", e.getMessage());
    }

    @Test
    void r423_25AppliesToADeclarationOnlySinceDecree2022_422() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> calculer(TypeDossier.DP, of(2022, 3, 26), Majoration.R423_25));
        assertEquals("La majoration R423-25 ne s'applique pas à un dossier DP (Déclaration préalable) déposé le "
                + "26/03/2022. Types concernés : PCMI, PC, PA, PD.", e.getMessage());
        assertEquals(of(2022, 6, 27), calculer(TypeDossier.DP, of(2022, 3, 27), Majoration.R423_25).dateLimite());
    }

    @Test
    void r423_28IsNotInForceBeforeDecree2015_836() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> calculer(TypeDossier.PC, of(2015, 7, 10), Majoration.R423_28));
        assertEquals(true, e.getMessage().startsWith("Le paramètre « Délai R423-23 b et c porté à cinq mois"), e.getMessage());
        assertEquals(of(2015, 12, 11), calculer(TypeDossier.PC, of(2015, 7, 11), Majoration.R423_28).dateLimite());
    }

    @ParameterizedTest
    @EnumSource(Majoration.class)
    void certificatesCannotBeExtended(Majoration majoration) {
        for (TypeDossier cu : List.of(TypeDossier.CUa, TypeDossier.CUb)) {
            DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                    () -> calculer(cu, DEPOT, majoration));
            assertEquals(true, e.getMessage().startsWith("La majoration " + majoration.article()
                    + " ne s'applique pas à un dossier " + cu.name()), e.getMessage());
        }
    }
}
