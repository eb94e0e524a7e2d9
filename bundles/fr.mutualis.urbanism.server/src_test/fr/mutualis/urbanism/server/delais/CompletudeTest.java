package fr.mutualis.urbanism.server.delais;

import static fr.mutualis.urbanism.server.delais.MoteurDelaisTest.MOTEUR;
import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.urbanism.api.DemandePieces;
import fr.mutualis.urbanism.api.DonneesInstruction;
import fr.mutualis.urbanism.api.IssueTacite;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TypeDossier;

/** Requests for missing pieces: in time, out of time, repeated, never answered (R423-22, R423-38 to R423-41). */
class CompletudeTest {

    private static final LocalDate DEPOT = of(2024, 1, 15);

    private static ResultatDelais calculer(TypeDossier type, DemandePieces... demandes) {
        return MOTEUR.calculer(new DonneesInstruction(type, DEPOT, List.of(demandes), List.of(), null));
    }

    @Test
    void requestInTimeRestartsThePeriodFromCompletion() {
        ResultatDelais r = calculer(TypeDossier.PC, new DemandePieces(of(2024, 2, 10), of(2024, 3, 20)));
        assertEquals(of(2024, 3, 20), r.dateDebut());
        assertEquals(of(2024, 6, 20), r.dateLimite());
        assertEquals(IssueTacite.ACCORD_TACITE, r.issueTacite());
        assertEquals("R423-23 c : 3 mois à compter du 20/03/2024 (réception des pièces manquantes, R423-19)",
                r.regleAppliquee());
        assertEquals(List.of(), r.avertissements());
    }

    @Test
    void requestOnTheLastDayOfTheMonthStillCounts() {
        ResultatDelais r = calculer(TypeDossier.DP, new DemandePieces(of(2024, 2, 15), of(2024, 3, 31)));
        assertEquals(of(2024, 4, 30), r.dateLimite());
    }

    @Test
    void requestWindowEndsAtTheEndOfTheClampedMonth() {
        ResultatDelais r = MOTEUR.calculer(new DonneesInstruction(TypeDossier.PCMI, of(2024, 1, 31),
                List.of(new DemandePieces(of(2024, 2, 29), of(2024, 3, 4))), List.of(), null));
        assertEquals(of(2024, 5, 4), r.dateLimite());
    }

    @Test
    void requestAfterTheFirstMonthHasNoEffectAndSaysSo() {
        ResultatDelais r = calculer(TypeDossier.PC, new DemandePieces(of(2024, 2, 16), of(2024, 3, 20)));
        assertEquals(DEPOT, r.dateDebut());
        assertEquals(of(2024, 4, 15), r.dateLimite());
        assertEquals(IssueTacite.ACCORD_TACITE, r.issueTacite());
        assertEquals(List.of("Demande de pièces hors délai : sans effet sur les délais. Notifiée le 16/02/2024, après "
                + "le délai de 1 mois suivant le dépôt (au plus tard le 15/02/2024, R423-38, R423-22, R423-41)."),
                r.avertissements());
    }

    @Test
    void lateRequestNeverAnsweredDoesNotPreventTheTacitPermit() {
        ResultatDelais r = calculer(TypeDossier.PCMI, DemandePieces.enAttente(of(2024, 3, 1)));
        assertEquals(IssueTacite.ACCORD_TACITE, r.issueTacite());
        assertEquals(of(2024, 3, 15), r.dateLimite());
    }

    @Test
    void piecesNeverSuppliedMeanTacitRejectionThreeMonthsAfterTheRequest() {
        ResultatDelais r = calculer(TypeDossier.PC, DemandePieces.enAttente(of(2024, 2, 10)));
        assertEquals(IssueTacite.REJET_TACITE, r.issueTacite());
        assertEquals(of(2024, 2, 10), r.dateDebut());
        assertEquals(3, r.dureeMois());
        assertEquals(of(2024, 5, 10), r.dateLimite());
        assertEquals("R423-39 : pièces manquantes demandées le 10/02/2024, à fournir dans les 3 mois, au plus tard le "
                + "10/05/2024 ; à défaut, rejet tacite (pièces non fournies)", r.regleAppliquee());
    }

    @Test
    void declarationWithPiecesNeverSuppliedIsTacitlyOpposed() {
        ResultatDelais r = calculer(TypeDossier.DP, DemandePieces.enAttente(of(2024, 1, 31)));
        assertEquals(IssueTacite.REJET_TACITE, r.issueTacite());
        assertEquals(of(2024, 4, 30), r.dateLimite());
        assertEquals(true, r.regleAppliquee().endsWith("; à défaut, opposition tacite (pièces non fournies)"));
    }

    @Test
    void piecesSuppliedOnTheLastDayCompleteTheFile() {
        ResultatDelais r = calculer(TypeDossier.PC, new DemandePieces(of(2024, 2, 10), of(2024, 5, 10)));
        assertEquals(IssueTacite.ACCORD_TACITE, r.issueTacite());
        assertEquals(of(2024, 8, 10), r.dateLimite());
    }

    @Test
    void piecesSuppliedTooLateDoNotReopenTheInstruction() {
        ResultatDelais r = calculer(TypeDossier.PC, new DemandePieces(of(2024, 2, 10), of(2024, 5, 11)));
        assertEquals(IssueTacite.REJET_TACITE, r.issueTacite());
        assertEquals(of(2024, 5, 10), r.dateLimite());
        assertEquals(List.of("Pièces fournies le 11/05/2024, après le délai de 3 mois (au plus tard le 10/05/2024) : "
                + "elles ne rouvrent pas l'instruction (R423-39)."), r.avertissements());
    }

    @Test
    void onlyTheFirstRequestInTimeCounts() {
        ResultatDelais r = calculer(TypeDossier.PA, new DemandePieces(of(2024, 2, 12), null),
                new DemandePieces(of(2024, 1, 20), of(2024, 2, 5)));
        assertEquals(of(2024, 2, 5), r.dateDebut());
        assertEquals(of(2024, 5, 5), r.dateLimite());
        assertEquals(List.of("Nouvelle demande de pièces du 12/02/2024 : sans effet sur les délais ; seule la demande "
                + "du 20/01/2024 compte (une seule demande listant toutes les pièces manquantes, R423-38, R423-22, "
                + "R423-41)."), r.avertissements());
    }

    @Test
    void certificatesHaveNoMissingPiecesProcedure() {
        ResultatDelais r = calculer(TypeDossier.CUb, new DemandePieces(of(2024, 1, 20), of(2024, 2, 20)));
        assertEquals(DEPOT, r.dateDebut());
        assertEquals(of(2024, 3, 15), r.dateLimite());
        assertEquals(IssueTacite.CERTIFICAT_TACITE, r.issueTacite());
        assertEquals(List.of("Demande de pièces du 20/01/2024 sans effet sur les délais : pour un dossier CUb "
                + "(Certificat d'urbanisme opérationnel), le délai court dès la réception de la demande (R410-10)."),
                r.avertissements());
    }
}
