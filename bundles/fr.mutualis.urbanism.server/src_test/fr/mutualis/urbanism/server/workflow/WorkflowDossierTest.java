package fr.mutualis.urbanism.server.workflow;

import static fr.mutualis.urbanism.api.EtatDossier.ACCORD;
import static fr.mutualis.urbanism.api.EtatDossier.ACCORD_AVEC_PRESCRIPTIONS;
import static fr.mutualis.urbanism.api.EtatDossier.DECISION_TACITE_DEFAVORABLE;
import static fr.mutualis.urbanism.api.EtatDossier.DECISION_TACITE_FAVORABLE;
import static fr.mutualis.urbanism.api.EtatDossier.DEPOSE;
import static fr.mutualis.urbanism.api.EtatDossier.EN_INSTRUCTION;
import static fr.mutualis.urbanism.api.EtatDossier.INCOMPLET;
import static fr.mutualis.urbanism.api.EtatDossier.MAJORE;
import static fr.mutualis.urbanism.api.EtatDossier.OPPOSITION;
import static fr.mutualis.urbanism.api.EtatDossier.REFUS;
import static fr.mutualis.urbanism.api.EtatDossier.REJET_TACITE;
import static fr.mutualis.urbanism.api.EtatDossier.RETIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.IssueTacite;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TransitionJournal;
import fr.mutualis.urbanism.api.TypeDossier;

class WorkflowDossierTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant MAINTENANT = Instant.parse("2024-04-16T08:30:00Z");
    private static final WorkflowDossier WORKFLOW = new WorkflowDossier(Clock.fixed(MAINTENANT, PARIS));

    private static ResultatDelais delais(TypeDossier type, LocalDate limite, IssueTacite issue) {
        return new ResultatDelais(type, limite.minusMonths(3), 3, limite, issue, "règle", List.of(), null);
    }

    @Test
    void fullInstructionPathJournalsEveryStep() {
        TransitionJournal t1 = WORKFLOW.appliquer(TypeDossier.PC, DEPOSE, INCOMPLET, "amartin", "pièces PC4, PC6");
        TransitionJournal t2 = WORKFLOW.appliquer(TypeDossier.PC, INCOMPLET, EN_INSTRUCTION, "amartin", null);
        TransitionJournal t3 = WORKFLOW.appliquer(TypeDossier.PC, EN_INSTRUCTION, MAJORE, "amartin", "CDAC");
        TransitionJournal t4 = WORKFLOW.appliquer(TypeDossier.PC, MAJORE, ACCORD_AVEC_PRESCRIPTIONS, "le maire", "");
        assertEquals(new TransitionJournal(DEPOSE, INCOMPLET, "amartin", MAINTENANT, "pièces PC4, PC6"), t1);
        assertEquals(new TransitionJournal(INCOMPLET, EN_INSTRUCTION, "amartin", MAINTENANT, ""), t2);
        assertEquals(MAJORE, t3.vers());
        assertEquals("le maire", t4.auteur());
        assertEquals(ACCORD_AVEC_PRESCRIPTIONS, t4.vers());
    }

    @ParameterizedTest(name = "{0} : {1} -> {2}")
    @CsvSource({
            "PC, DEPOSE, EN_INSTRUCTION", "PC, DEPOSE, MAJORE", "PC, DEPOSE, RETIRE", "PC, INCOMPLET, MAJORE",
            "PC, INCOMPLET, RETIRE", "PC, EN_INSTRUCTION, ACCORD", "PC, EN_INSTRUCTION, REFUS", "PA, MAJORE, REFUS",
            "PD, MAJORE, RETIRE", "DP, EN_INSTRUCTION, OPPOSITION", "DP, MAJORE, ACCORD_AVEC_PRESCRIPTIONS",
            "CUa, EN_INSTRUCTION, ACCORD", "CUb, EN_INSTRUCTION, REFUS", "CUb, DEPOSE, RETIRE" })
    void allowedTransitions(TypeDossier type, EtatDossier de, EtatDossier vers) {
        assertEquals(vers, WORKFLOW.appliquer(type, de, vers, "amartin", null).vers());
    }

    @Test
    void listsTheStatesAUserMayChoose() {
        assertEquals(EnumSet.of(INCOMPLET, EN_INSTRUCTION, MAJORE, RETIRE), WORKFLOW.etatsSuivants(TypeDossier.PC, DEPOSE));
        assertEquals(EnumSet.of(MAJORE, ACCORD, ACCORD_AVEC_PRESCRIPTIONS, OPPOSITION, RETIRE),
                WORKFLOW.etatsSuivants(TypeDossier.DP, EN_INSTRUCTION));
        assertEquals(EnumSet.of(ACCORD, ACCORD_AVEC_PRESCRIPTIONS, REFUS, RETIRE),
                WORKFLOW.etatsSuivants(TypeDossier.PCMI, MAJORE));
        assertEquals(EnumSet.of(EN_INSTRUCTION, RETIRE), WORKFLOW.etatsSuivants(TypeDossier.CUb, DEPOSE));
        assertEquals(EnumSet.of(ACCORD, RETIRE), WORKFLOW.etatsSuivants(TypeDossier.CUa, EN_INSTRUCTION));
        assertEquals(EnumSet.noneOf(EtatDossier.class), WORKFLOW.etatsSuivants(TypeDossier.PC, ACCORD));
    }

    @Test
    void aDecisionNeedsACompleteFileAndTheMessageNamesTheAllowedStates() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.appliquer(TypeDossier.PC, DEPOSE, ACCORD, "amartin", null));
        assertEquals("Transition impossible pour le dossier PC à l'état « déposé » vers « accord (permis accordé, "
                + "non-opposition, certificat délivré) ». États possibles : « incomplet (pièces demandées) », "
                + "« complet, en instruction », « en instruction, délai majoré », « retiré par le demandeur ».",
                e.getMessage());
    }

    @Test
    void oppositionIsOnlyForADeclarationAndRefusalNeverForOne() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.appliquer(TypeDossier.PC, EN_INSTRUCTION, OPPOSITION, "amartin", null));
        assertEquals("Transition impossible pour le dossier PC à l'état « complet, en instruction » vers "
                + "« opposition à la déclaration préalable ». États possibles : « en instruction, délai majoré », "
                + "« accord (permis accordé, non-opposition, certificat délivré) », « accord avec prescriptions », "
                + "« refus », « retiré par le demandeur ».", e.getMessage());
        assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.appliquer(TypeDossier.DP, EN_INSTRUCTION, REFUS, "amartin", null));
    }

    @ParameterizedTest(name = "{0} : {1} -> {2} refusé")
    @CsvSource({
            "PC, INCOMPLET, ACCORD", "PC, MAJORE, INCOMPLET", "PC, MAJORE, MAJORE", "PC, EN_INSTRUCTION, DEPOSE",
            "PC, EN_INSTRUCTION, INCOMPLET", "CUa, DEPOSE, INCOMPLET", "CUb, EN_INSTRUCTION, MAJORE",
            "CUa, EN_INSTRUCTION, REFUS", "CUb, EN_INSTRUCTION, ACCORD_AVEC_PRESCRIPTIONS", "DP, MAJORE, REFUS" })
    void refusedTransitions(TypeDossier type, EtatDossier de, EtatDossier vers) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.appliquer(type, de, vers, "amartin", null));
        assertEquals(true, e.getMessage().startsWith("Transition impossible pour le dossier " + type.name()
                + " à l'état « " + de.libelle() + " » vers « " + vers.libelle() + " ». États possibles : "),
                e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = EtatDossier.class, names = { "ACCORD", "ACCORD_AVEC_PRESCRIPTIONS", "REFUS", "OPPOSITION",
            "DECISION_TACITE_FAVORABLE", "DECISION_TACITE_DEFAVORABLE", "REJET_TACITE", "RETIRE" })
    void finalStatesAllowNothing(EtatDossier etat) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.appliquer(TypeDossier.PA, etat, RETIRE, "amartin", null));
        assertEquals("Transition impossible pour le dossier PA à l'état « " + etat.libelle() + " » vers « retiré par "
                + "le demandeur » : c'est un état final, aucun changement n'est possible.", e.getMessage());
        assertEquals(true, etat.estFinal());
    }

    @ParameterizedTest
    @EnumSource(value = EtatDossier.class, names = { "DECISION_TACITE_FAVORABLE", "DECISION_TACITE_DEFAVORABLE",
            "REJET_TACITE" })
    void tacitOutcomesAreNotedNotChosen(EtatDossier tacite) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.appliquer(TypeDossier.PC, EN_INSTRUCTION, tacite, "amartin", null));
        assertEquals("« " + tacite.libelle() + " » ne se saisit pas : une issue tacite est constatée le lendemain de "
                + "la date limite d'instruction, faute de décision notifiée.", e.getMessage());
    }

    @Test
    void refusesAMissingAuthorOrState() {
        assertEquals("L'auteur de la transition est obligatoire.", assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.appliquer(TypeDossier.PC, DEPOSE, INCOMPLET, " ", null)).getMessage());
        assertThrows(DonneeInvalideException.class, () -> WORKFLOW.appliquer(TypeDossier.PC, null, INCOMPLET, "a", null));
        assertThrows(DonneeInvalideException.class, () -> WORKFLOW.appliquer(TypeDossier.PC, DEPOSE, null, "a", null));
        assertThrows(DonneeInvalideException.class, () -> WORKFLOW.etatsSuivants(null, DEPOSE));
    }

    @Test
    void tacitPermitTheDayAfterTheDateLimite() {
        ResultatDelais r = delais(TypeDossier.PC, LocalDate.of(2024, 4, 15), IssueTacite.ACCORD_TACITE);
        TransitionJournal t = WORKFLOW.constaterIssueTacite(EN_INSTRUCTION, r, "système");
        assertEquals(new TransitionJournal(EN_INSTRUCTION, DECISION_TACITE_FAVORABLE, "système", MAINTENANT,
                "permis tacite au 16/04/2024, faute de décision notifiée au plus tard le 15/04/2024"), t);
        assertEquals(DECISION_TACITE_FAVORABLE, WORKFLOW.constaterIssueTacite(DEPOSE, r, "système").vers());
    }

    @Test
    void noTacitOutcomeOnTheDateLimiteItself() {
        ResultatDelais r = delais(TypeDossier.DP, LocalDate.of(2024, 4, 16), IssueTacite.ACCORD_TACITE);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.constaterIssueTacite(EN_INSTRUCTION, r, "système"));
        assertEquals("Pas d'issue tacite avant le 17/04/2024 : la date limite d'instruction est le 16/04/2024 et une "
                + "décision peut être notifiée jusqu'à la fin de ce jour.", e.getMessage());
    }

    @Test
    void tacitRefusalAndTacitCertificate() {
        LocalDate limite = LocalDate.of(2024, 3, 31);
        assertEquals(DECISION_TACITE_DEFAVORABLE, WORKFLOW.constaterIssueTacite(MAJORE,
                delais(TypeDossier.PC, limite, IssueTacite.REFUS_TACITE), "système").vers());
        TransitionJournal cu = WORKFLOW.constaterIssueTacite(EN_INSTRUCTION,
                delais(TypeDossier.CUb, limite, IssueTacite.CERTIFICAT_TACITE), "système");
        assertEquals(DECISION_TACITE_FAVORABLE, cu.vers());
        assertEquals("certificat d'urbanisme tacite au 01/04/2024, faute de décision notifiée au plus tard le "
                + "31/03/2024", cu.commentaire());
    }

    @Test
    void tacitRejectionOnlyFromAnIncompleteFile() {
        ResultatDelais r = delais(TypeDossier.DP, LocalDate.of(2024, 4, 10), IssueTacite.REJET_TACITE);
        TransitionJournal t = WORKFLOW.constaterIssueTacite(INCOMPLET, r, "système");
        assertEquals(REJET_TACITE, t.vers());
        assertEquals("opposition tacite (pièces non fournies) au 11/04/2024, faute de décision notifiée au plus tard le "
                + "10/04/2024", t.commentaire());
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.constaterIssueTacite(EN_INSTRUCTION, r, "système"));
        assertEquals("Issue tacite impossible : le dossier DP est à l'état « complet, en instruction » ; « rejet tacite "
                + "(pièces manquantes non fournies à temps) » n'est possible que depuis « incomplet (pièces demandées) ».",
                e.getMessage());
    }

    @Test
    void tacitApprovalNotFromAnIncompleteOrDecidedFile() {
        ResultatDelais r = delais(TypeDossier.PC, LocalDate.of(2024, 4, 1), IssueTacite.ACCORD_TACITE);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> WORKFLOW.constaterIssueTacite(INCOMPLET, r, "système"));
        assertEquals("Issue tacite impossible : le dossier PC est à l'état « incomplet (pièces demandées) » ; "
                + "« décision tacite favorable (permis tacite, non-opposition, certificat tacite) » n'est possible que "
                + "depuis « déposé », « complet, en instruction », « en instruction, délai majoré ».", e.getMessage());
        assertThrows(DonneeInvalideException.class, () -> WORKFLOW.constaterIssueTacite(REFUS, r, "système"));
        assertThrows(DonneeInvalideException.class, () -> WORKFLOW.constaterIssueTacite(EN_INSTRUCTION, null, "système"));
    }
}
