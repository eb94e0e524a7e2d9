package fr.mutualis.urbanism.server.delais;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.CasRefusTacite;
import fr.mutualis.urbanism.api.DemandePieces;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.IssueTacite;
import fr.mutualis.urbanism.api.Majoration;
import fr.mutualis.urbanism.api.MajorationNotifiee;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TypeDossier;

/** Base periods per type, month arithmetic (domain.md §0), tacit outcomes and refused inputs. */
class MoteurDelaisTest {

    static final LocalDate AUJOURDHUI = of(2025, 6, 30);
    static final MoteurDelais MOTEUR = new MoteurDelais(Parametres.livres(),
            Clock.fixed(AUJOURDHUI.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris")));

    static ResultatDelais calculer(TypeDossier type, LocalDate depot) {
        return MOTEUR.calculer(DonneesInstruction.simple(type, depot));
    }

    @ParameterizedTest(name = "{0} déposé le {1} : date limite {2}")
    @CsvSource({
            "DP,   2024-01-15, 2024-02-15, 1, R423-23 a",
            "PCMI, 2024-01-15, 2024-03-15, 2, R423-23 b",
            "PD,   2024-01-15, 2024-03-15, 2, R423-23 b",
            "PC,   2024-01-15, 2024-04-15, 3, R423-23 c",
            "PA,   2024-01-15, 2024-04-15, 3, R423-23 c",
            "CUa,  2024-01-15, 2024-02-15, 1, R410-9",
            "CUb,  2024-01-15, 2024-03-15, 2, R410-10" })
    void basePeriodPerType(TypeDossier type, LocalDate depot, LocalDate limite, int mois, String article) {
        ResultatDelais r = calculer(type, depot);
        assertEquals(limite, r.dateLimite());
        assertEquals(depot, r.dateDebut());
        assertEquals(mois, r.dureeMois());
        assertEquals(List.of(), r.avertissements());
        assertEquals(article + " : " + mois + " mois à compter du 15/01/2024", r.regleAppliquee().split(" \\(")[0]);
    }

    @ParameterizedTest(name = "{0} déposé le {1} : date limite {2}")
    @CsvSource({
            "DP,   2023-01-31, 2023-02-28",
            "DP,   2024-01-31, 2024-02-29",
            "DP,   2024-01-30, 2024-02-29",
            "DP,   2024-01-29, 2024-02-29",
            "DP,   2024-01-28, 2024-02-28",
            "DP,   2024-02-29, 2024-03-29",
            "DP,   2024-03-31, 2024-04-30",
            "DP,   2024-12-31, 2025-01-31",
            "PCMI, 2023-12-31, 2024-02-29",
            "PCMI, 2022-12-31, 2023-02-28",
            "PC,   2023-11-30, 2024-02-29",
            "PC,   2024-11-30, 2025-02-28",
            "PA,   2024-05-31, 2024-08-31",
            "CUb,  2024-08-31, 2024-10-31" })
    void sameDayNMonthsLaterClampedToTheEndOfTheMonth(TypeDossier type, LocalDate depot, LocalDate limite) {
        assertEquals(limite, calculer(type, depot).dateLimite());
    }

    @Test
    void silenceMeansApprovalByDefault() {
        ResultatDelais r = calculer(TypeDossier.PC, of(2024, 1, 15));
        assertEquals(IssueTacite.ACCORD_TACITE, r.issueTacite());
        assertEquals(of(2024, 4, 16), r.dateIssueTacite());
        assertNull(r.finCristallisation());
        assertEquals("R423-23 c : 3 mois à compter du 15/01/2024 (dépôt ; dossier réputé complet faute de demande "
                + "de pièces dans le délai de 1 mois, R423-22)", r.regleAppliquee());
        assertEquals(IssueTacite.ACCORD_TACITE, calculer(TypeDossier.DP, of(2024, 1, 15)).issueTacite());
    }

    @ParameterizedTest
    @CsvSource({ "PC, R424_3", "PCMI, R424_3", "PA, R424_2", "PD, R424_2" })
    void silenceMeansRefusalInTheR424Cases(TypeDossier type, CasRefusTacite cas) {
        ResultatDelais r = MOTEUR.calculer(new DonneesInstruction(type, of(2024, 1, 15), List.of(), List.of(), cas));
        assertEquals(IssueTacite.REFUS_TACITE, r.issueTacite());
        assertEquals(calculer(type, of(2024, 1, 15)).dateLimite(), r.dateLimite());
        assertEquals(true, r.regleAppliquee().endsWith("; le silence vaut refus (" + cas.article() + ")"));
    }

    @ParameterizedTest
    @CsvSource({ "DP, R424_2", "DP, R424_3", "CUa, R424_3", "CUb, R424_2" })
    void r424ExceptionsOnlyConcernPermits(TypeDossier type, CasRefusTacite cas) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> MOTEUR
                .calculer(new DonneesInstruction(type, of(2024, 1, 15), List.of(), List.of(), cas)));
        assertEquals("Le refus tacite " + cas.article() + " ne s'applique pas à un dossier " + type.name() + " ("
                + type.libelle() + "). Types concernés : PCMI, PC, PA, PD.", e.getMessage());
    }

    @Test
    void certificateTacitlyFreezesTheRulesFor18Months() {
        ResultatDelais a = calculer(TypeDossier.CUa, of(2024, 1, 31));
        assertEquals(of(2024, 2, 29), a.dateLimite());
        assertEquals(IssueTacite.CERTIFICAT_TACITE, a.issueTacite());
        assertEquals(of(2025, 8, 29), a.finCristallisation());
        ResultatDelais b = calculer(TypeDossier.CUb, of(2024, 1, 15));
        assertEquals(of(2024, 3, 15), b.dateLimite());
        assertEquals(of(2025, 9, 15), b.finCristallisation());
        assertEquals("R410-10 : 2 mois à compter du 15/01/2024 (réception de la demande) ; certificat tacite : "
                + "règles gelées 18 mois, jusqu'au 15/09/2025 (R410-12, L410-1)", b.regleAppliquee());
    }

    @Test
    void refusesAFilingDateInTheFuture() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> calculer(TypeDossier.PC, AUJOURDHUI.plusDays(1)));
        assertEquals("La date de dépôt (01/07/2025) est postérieure à aujourd'hui (30/06/2025) : une date future "
                + "n'est pas acceptée.", e.getMessage());
        assertEquals(AUJOURDHUI.plusMonths(3), calculer(TypeDossier.PC, AUJOURDHUI).dateLimite());
    }

    @Test
    void refusesOtherDatesInTheFuture() {
        LocalDate depot = of(2025, 6, 10);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> MOTEUR.calculer(
                new DonneesInstruction(TypeDossier.PC, depot, List.of(new DemandePieces(of(2025, 6, 20), of(2025, 7, 2))),
                        List.of(), null)));
        assertEquals("La date de fourniture des pièces (02/07/2025) est postérieure à aujourd'hui (30/06/2025) : "
                + "une date future n'est pas acceptée.", e.getMessage());
        e = assertThrows(DonneeInvalideException.class, () -> MOTEUR.calculer(new DonneesInstruction(TypeDossier.PC,
                depot, List.of(), List.of(new MajorationNotifiee(Majoration.R423_24, of(2025, 7, 1))), null)));
        assertEquals("La date de notification de la majoration R423-24 (01/07/2025) est postérieure à aujourd'hui "
                + "(30/06/2025) : une date future n'est pas acceptée.", e.getMessage());
    }

    @Test
    void refusesAFilingBeforeTheFirstParameterInForce() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> calculer(TypeDossier.PC, of(2007, 9, 30)));
        assertEquals("Le paramètre « Délai d'instruction de droit commun d'un permis de construire » n'a aucune valeur "
                + "en vigueur au 30/09/2007 (première valeur au 01/10/2007).", e.getMessage());
        assertEquals(of(2008, 1, 1), calculer(TypeDossier.PC, of(2007, 10, 1)).dateLimite());
    }

    @Test
    void refusesAnUnknownTypeTypedAsText() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> calculer(TypeDossier.parse("PCX"), of(2024, 1, 15)));
        assertEquals("Type de dossier inconnu : « PCX ». Types possibles : DP, PCMI, PC, PA, PD, CUa, CUb.",
                e.getMessage());
    }
}
