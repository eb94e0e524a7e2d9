package fr.mutualis.urbanism.server.internal;

import static fr.mutualis.urbanism.server.tests.Essais.aujourdhui;
import static fr.mutualis.urbanism.server.tests.Essais.depot;
import static fr.mutualis.urbanism.server.tests.Essais.deposer;
import static fr.mutualis.urbanism.server.tests.Essais.instructeur;
import static fr.mutualis.urbanism.server.tests.Essais.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.EvenementDossier;
import fr.mutualis.urbanism.api.IssueTacite;
import fr.mutualis.urbanism.api.Majoration;
import fr.mutualis.urbanism.api.NatureEvenement;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.server.tests.Essais;
import fr.mutualis.urbanism.server.tests.Essais.Traces;

/** The instruction through the service: every act journaled, illegal or late acts refused with nothing written. */
class InstructionTest {

    private final CollectiviteId commune = Essais.communeNeuve();

    private DossierDetail deposerLe(TypeDossier type, LocalDate date) {
        return deposer(commune, depot(type, date));
    }

    @Test
    void fileCompleteDecideIsJournaledWithWhoAndWhen() {
        DossierDetail d = deposerLe(TypeDossier.PCMI, aujourdhui());
        DossierDetail complet = instructeur(commune, () -> service().declarerComplet(commune, d.numero(), null));
        assertEquals(EtatDossier.EN_INSTRUCTION, complet.etat());
        DossierDetail accorde = instructeur(commune, () -> service().statuer(commune, d.numero(),
                EtatDossier.ACCORD_AVEC_PRESCRIPTIONS, aujourdhui(), "Tuiles de teinte rouge nuancé."));

        assertEquals(EtatDossier.ACCORD_AVEC_PRESCRIPTIONS, accorde.etat());
        assertEquals(aujourdhui(), accorde.decision().date());
        assertEquals(Essais.INSTRUCTEUR, accorde.decision().auteur());
        assertEquals("Tuiles de teinte rouge nuancé.", accorde.decision().motivation());
        assertTrue(accorde.decision().expresse());
        assertEquals(Set.of(), accorde.etatsPossibles());
        assertEquals(null, accorde.resume().joursRestants());
        List<EvenementDossier> historique = accorde.historique();
        assertEquals(List.of(NatureEvenement.DEPOT, NatureEvenement.COMPLETUDE, NatureEvenement.DECISION),
                historique.stream().map(EvenementDossier::nature).toList());
        assertEquals(List.of(Essais.SECRETAIRE, Essais.INSTRUCTEUR, Essais.INSTRUCTEUR),
                historique.stream().map(EvenementDossier::auteur).toList());
        assertEquals(EtatDossier.EN_INSTRUCTION, historique.get(2).etatAvant());
        assertEquals(EtatDossier.ACCORD_AVEC_PRESCRIPTIONS, historique.get(2).etatApres());
        assertFalse(historique.get(2).date().isBefore(historique.get(1).date()));
        assertEquals(1, Essais.audit(commune, "urbanisme.completude"));
        assertEquals(1, Essais.audit(commune, "urbanisme.decision"));
    }

    @Test
    void piecesRequestedInTheFirstMonthRestartTheClockWhenTheyArrive() {
        LocalDate depot = aujourdhui().minusDays(20);
        DossierDetail d = deposerLe(TypeDossier.PC, depot);
        LocalDate demande = aujourdhui().minusDays(10);
        DossierDetail incomplet = instructeur(commune, () -> service().demanderPieces(commune, d.numero(), demande,
                "PC4 notice, PC6 insertion paysagère"));
        assertEquals(EtatDossier.INCOMPLET, incomplet.etat());
        assertEquals(demande.plusMonths(3), incomplet.resume().dateLimite());
        assertEquals(IssueTacite.REJET_TACITE, incomplet.resume().issueTacite());
        assertTrue(incomplet.historique().get(1).commentaire().contains("PC4 notice"));

        DossierDetail complet = instructeur(commune,
                () -> service().declarerComplet(commune, d.numero(), aujourdhui()));
        assertEquals(EtatDossier.EN_INSTRUCTION, complet.etat());
        assertEquals(aujourdhui().plusMonths(3), complet.resume().dateLimite());
        assertEquals(IssueTacite.ACCORD_TACITE, complet.resume().issueTacite());
        assertEquals(NatureEvenement.RECEPTION_PIECES, complet.historique().get(2).nature());
        assertTrue(complet.demandesPieces().get(0).piecesFournies());
    }

    @Test
    void aRequestForPiecesAfterTheFirstMonthIsRecordedWithoutEffectAndTheUserIsTold() {
        LocalDate depot = aujourdhui().minusMonths(2);
        DossierDetail d = deposerLe(TypeDossier.PCMI, depot);
        DossierDetail apres = instructeur(commune, () -> service().demanderPieces(commune, d.numero(), aujourdhui(),
                "Plan de masse"));
        assertEquals(EtatDossier.DEPOSE, apres.etat());
        assertEquals(d.resume().dateLimite(), apres.resume().dateLimite());
        assertEquals(1, apres.demandesPieces().size());
        String avertissement = apres.delais().avertissements().get(0);
        assertTrue(avertissement.startsWith("Demande de pièces hors délai : sans effet sur les délais. Notifiée le "
                + Textes.date(aujourdhui())), avertissement);
        EvenementDossier evenement = apres.historique().get(1);
        assertEquals(NatureEvenement.DEMANDE_PIECES, evenement.nature());
        assertFalse(evenement.changeEtat());
        assertTrue(evenement.commentaire().contains("hors délai"), evenement.commentaire());
        assertFalse(apres.etatsPossibles().contains(EtatDossier.INCOMPLET));
    }

    @Test
    void aMajorationNotifiedInTheFirstMonthExtendsThePeriod() {
        DossierDetail d = deposerLe(TypeDossier.PC, aujourdhui());
        DossierDetail majore = instructeur(commune, () -> service().majorerDelai(commune, d.numero(),
                Majoration.R423_25, aujourdhui(), "Consultation de la CDAC"));
        assertEquals(EtatDossier.MAJORE, majore.etat());
        assertEquals(aujourdhui().plusMonths(5), majore.resume().dateLimite());
        assertEquals(1, majore.majorations().size());
        assertTrue(majore.historique().get(1).commentaire().startsWith("R423-25 notifiée le "));
    }

    @Test
    void aMajorationAfterTheFirstMonthIsRefusedAndNothingIsWritten() {
        DossierDetail d = deposerLe(TypeDossier.PC, aujourdhui().minusMonths(2));
        Traces avant = Essais.traces(commune);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                () -> service().majorerDelai(commune, d.numero(), Majoration.R423_24, aujourdhui(), "ABF")));
        assertTrue(e.getMessage().startsWith("Majoration R423-24 refusée : notifiée le " + Textes.date(aujourdhui())
                + ", après le délai de 1 mois suivant le dépôt"), e.getMessage());
        assertEquals(avant, Essais.traces(commune));
        assertEquals(EtatDossier.DEPOSE, instructeur(commune, () -> service().consulter(commune, d.numero())).etat());
    }

    @Test
    void illegalTransitionsAreRefusedAndNothingIsWritten() {
        DossierDetail d = deposerLe(TypeDossier.PC, aujourdhui());
        Traces avant = Essais.traces(commune);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                () -> service().statuer(commune, d.numero(), EtatDossier.ACCORD, aujourdhui(), "")));
        assertEquals("Transition impossible pour le dossier PC à l'état « déposé » vers « accord (permis accordé, "
                + "non-opposition, certificat délivré) ». États possibles : « incomplet (pièces demandées) », "
                + "« complet, en instruction », « en instruction, délai majoré », « retiré par le demandeur ».",
                e.getMessage());
        assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                () -> service().statuer(commune, d.numero(), EtatDossier.OPPOSITION, aujourdhui(), "Motif")));
        assertEquals("Un refus ou une opposition doit être motivé (L424-3) : indiquez les motifs.",
                assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                        () -> service().statuer(commune, d.numero(), EtatDossier.REFUS, aujourdhui(), " ")))
                        .getMessage());
        assertTrue(assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                () -> service().statuer(commune, d.numero(), EtatDossier.RETIRE, aujourdhui(), "")))
                .getMessage().endsWith("n'est pas une décision : choisissez accord, accord avec prescriptions, "
                        + "refus ou opposition."));
        assertEquals(avant, Essais.traces(commune));

        instructeur(commune, () -> service().declarerComplet(commune, d.numero(), null));
        instructeur(commune, () -> service().statuer(commune, d.numero(), EtatDossier.REFUS, aujourdhui(),
                "Implantation contraire à l'article UA 7 du PLU."));
        Traces apresDecision = Essais.traces(commune);
        assertTrue(assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                () -> service().retirer(commune, d.numero(), "")))
                .getMessage().endsWith("c'est un état final, aucun changement n'est possible."));
        assertEquals(apresDecision, Essais.traces(commune));
    }

    @Test
    void aDecisionAfterTheDateLimiteIsRefused() {
        DossierDetail d = deposerLe(TypeDossier.DP, aujourdhui().minusMonths(2));
        instructeur(commune, () -> service().declarerComplet(commune, d.numero(), null));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                () -> service().statuer(commune, d.numero(), EtatDossier.ACCORD, aujourdhui(), "")));
        assertTrue(e.getMessage().contains("après la date limite d'instruction du "
                + Textes.date(d.resume().dateLimite()) + " : l'issue tacite (« non-opposition tacite ») est acquise"),
                e.getMessage());
    }

    @Test
    void tacitOutcomesAreRecordedOnceTheDateLimiteHasPassed() {
        DossierDetail dp = deposerLe(TypeDossier.DP, aujourdhui().minusMonths(2));
        DossierDetail pcRefus = deposer(commune, depot(TypeDossier.PC, aujourdhui().minusMonths(4))
                .avecRefusTacite(fr.mutualis.urbanism.api.CasRefusTacite.R424_3));
        DossierDetail incomplet = deposerLe(TypeDossier.PCMI, aujourdhui().minusMonths(5));
        instructeur(commune, () -> service().demanderPieces(commune, incomplet.numero(),
                incomplet.resume().dateDepot().plusDays(10), "Plan de situation"));
        DossierDetail recent = deposerLe(TypeDossier.PCMI, aujourdhui());

        List<String> constatees = instructeur(commune, () -> service().constaterIssuesTacites(commune)).stream()
                .map(r -> r.numero() + " " + r.etat()).sorted().toList();
        assertEquals(List.of(dp.numero() + " DECISION_TACITE_FAVORABLE", incomplet.numero() + " REJET_TACITE",
                pcRefus.numero() + " DECISION_TACITE_DEFAVORABLE").stream().sorted().toList(), constatees);

        DossierDetail tacite = instructeur(commune, () -> service().consulter(commune, dp.numero()));
        assertEquals(dp.resume().dateLimite().plusDays(1), tacite.decision().date());
        assertFalse(tacite.decision().expresse());
        EvenementDossier constat = tacite.historique().get(tacite.historique().size() - 1);
        assertEquals(NatureEvenement.ISSUE_TACITE, constat.nature());
        assertEquals(Essais.INSTRUCTEUR, constat.auteur());
        assertEquals(EtatDossier.DEPOSE, instructeur(commune,
                () -> service().consulter(commune, recent.numero())).etat());
        assertEquals(List.of(), instructeur(commune, () -> service().constaterIssuesTacites(commune)),
                "a second pass finds nothing left");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                () -> service().declarerComplet(commune, incomplet.numero(), aujourdhui())));
        assertEquals("L'instruction du dossier " + incomplet.numero() + " est terminée (état « rejet tacite (pièces "
                + "manquantes non fournies à temps) ») : il ne peut plus être déclaré complet.", e.getMessage());
    }

    @Test
    void piecesArrivingMoreThanThreeMonthsAfterTheRequestAreRefused() {
        DossierDetail d = deposerLe(TypeDossier.PCMI, aujourdhui().minusMonths(5));
        LocalDate demande = d.resume().dateDepot().plusDays(10);
        instructeur(commune, () -> service().demanderPieces(commune, d.numero(), demande, "Plan de coupe"));
        Traces avant = Essais.traces(commune);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                () -> service().declarerComplet(commune, d.numero(), aujourdhui())));
        assertEquals("Pièces reçues le " + Textes.date(aujourdhui()) + ", après le délai de 3 mois suivant la "
                + "demande du " + Textes.date(demande) + " (au plus tard le " + Textes.date(demande.plusMonths(3))
                + ", R423-39) : la demande est tacitement rejetée. Constatez l'issue tacite au lieu de déclarer le "
                + "dossier complet.", e.getMessage());
        assertEquals(avant, Essais.traces(commune));
    }

    @Test
    void dueDatesAreListedSoonestFirst() {
        DossierDetail dans10 = deposerLe(TypeDossier.DP, aujourdhui().minusMonths(1).plusDays(10));
        DossierDetail dans61 = deposerLe(TypeDossier.PCMI, aujourdhui());
        assertEquals(List.of(dans10.numero()), instructeur(commune, () -> service().echeances(commune, 15)).stream()
                .map(r -> r.numero()).toList());
        assertEquals(List.of(dans10.numero(), dans61.numero()), instructeur(commune,
                () -> service().echeances(commune, 70)).stream().map(r -> r.numero()).toList());
        assertEquals("Nombre de jours invalide : -1. Attendu : de 0 à 3660.", assertThrows(
                DonneeInvalideException.class, () -> instructeur(commune, () -> service().echeances(commune, -1)))
                .getMessage());
    }

    @Test
    void aWithdrawnApplicationAcceptsNoFurtherAct() {
        DossierDetail d = deposerLe(TypeDossier.PD, aujourdhui());
        DossierDetail retire = instructeur(commune, () -> service().retirer(commune, d.numero(),
                "Courrier du demandeur"));
        assertEquals(EtatDossier.RETIRE, retire.etat());
        assertEquals(null, retire.decision());
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> instructeur(commune,
                () -> service().demanderPieces(commune, d.numero(), aujourdhui(), "Plan")));
        assertEquals("L'instruction du dossier " + d.numero() + " est terminée (état « retiré par le demandeur ») : "
                + "aucune demande de pièces n'est possible.", e.getMessage());
        assertEquals(List.of(d.numero()), instructeur(commune, () -> service().lister(commune, EtatDossier.RETIRE))
                .stream().map(r -> r.numero()).toList());
    }
}
