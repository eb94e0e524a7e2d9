package fr.mutualis.urbanism.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;

/** Validation in the canonical constructors of the value records, and their serialization. */
class ValeursTest {

    private static final LocalDate DEPOT = LocalDate.of(2024, 1, 15);

    @Test
    void piecesCannotBeSuppliedBeforeTheyAreRequested() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new DemandePieces(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 9)));
        assertEquals("Les pièces ne peuvent pas être fournies le 09/02/2024, avant leur demande du 10/02/2024.",
                e.getMessage());
        assertFalse(DemandePieces.enAttente(DEPOT).piecesFournies());
        assertThrows(DonneeInvalideException.class, () -> new DemandePieces(null, null));
    }

    @Test
    void requestsAndMajorationsCannotPrecedeTheFiling() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new DonneesInstruction(TypeDossier.PC, DEPOT,
                        List.of(DemandePieces.enAttente(LocalDate.of(2024, 1, 14))), List.of(), null));
        assertEquals("La demande de pièces est datée du 14/01/2024, avant le dépôt du dossier le 15/01/2024.",
                e.getMessage());
        e = assertThrows(DonneeInvalideException.class, () -> new DonneesInstruction(TypeDossier.PC, DEPOT, List.of(),
                List.of(new MajorationNotifiee(Majoration.R423_24, LocalDate.of(2024, 1, 1))), null));
        assertEquals("La majoration R423-24 est datée du 01/01/2024, avant le dépôt du dossier le 15/01/2024.",
                e.getMessage());
    }

    @Test
    void aMajorationIsNotifiedOnce() {
        MajorationNotifiee m = new MajorationNotifiee(Majoration.R423_25, DEPOT);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new DonneesInstruction(TypeDossier.PC, DEPOT, List.of(), List.of(m, m), null));
        assertEquals("La majoration R423-25 est indiquée deux fois : une seule notification par majoration.",
                e.getMessage());
    }

    @Test
    void typeAndFilingDateAreRequired() {
        assertThrows(DonneeInvalideException.class, () -> DonneesInstruction.simple(null, DEPOT));
        assertThrows(DonneeInvalideException.class, () -> DonneesInstruction.simple(TypeDossier.PC, null));
        assertThrows(DonneeInvalideException.class, () -> new MajorationNotifiee(null, DEPOT));
        assertEquals(List.of(), new DonneesInstruction(TypeDossier.DP, DEPOT, null, null, null).demandesPieces());
    }

    @Test
    void majorationParsesArticleSpellings() {
        assertEquals(Majoration.R423_24, Majoration.parse("R423-24"));
        assertEquals(Majoration.R423_25, Majoration.parse("r423_25"));
        assertEquals(Majoration.R423_28, Majoration.parse(" R 423-28 "));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> Majoration.parse("R423-26"));
        assertEquals("Majoration inconnue : « R423-26 ». Majorations possibles : R423-24, R423-25, R423-28.",
                e.getMessage());
    }

    @Test
    void journalEntryNeedsAnAuthor() {
        Instant quand = Instant.parse("2024-03-01T09:00:00Z");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new TransitionJournal(EtatDossier.DEPOSE, EtatDossier.INCOMPLET, " ", quand, null));
        assertEquals("L'auteur de la transition est obligatoire.", e.getMessage());
        TransitionJournal t = new TransitionJournal(EtatDossier.DEPOSE, EtatDossier.INCOMPLET, " amartin ", quand, null);
        assertEquals("amartin", t.auteur());
        assertEquals("", t.commentaire());
        assertThrows(DonneeInvalideException.class,
                () -> new TransitionJournal(null, EtatDossier.INCOMPLET, "amartin", quand, ""));
    }

    @Test
    void resultRefusesADateLimiteBeforeItsStart() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> new ResultatDelais(TypeDossier.DP,
                DEPOT, 1, DEPOT.minusDays(1), IssueTacite.ACCORD_TACITE, "R423-23 a", List.of(), null));
        assertTrue(e.getMessage().startsWith("Résultat de délais incohérent"), e.getMessage());
        ResultatDelais r = new ResultatDelais(TypeDossier.DP, DEPOT, 1, LocalDate.of(2024, 2, 15),
                IssueTacite.ACCORD_TACITE, "R423-23 a", null, null);
        assertEquals(LocalDate.of(2024, 2, 16), r.dateIssueTacite());
        assertEquals(List.of(), r.avertissements());
    }

    @Test
    void tacitOutcomesNameThemselvesPerType() {
        assertEquals("non-opposition tacite", IssueTacite.ACCORD_TACITE.libelle(TypeDossier.DP));
        assertEquals("permis tacite", IssueTacite.ACCORD_TACITE.libelle(TypeDossier.PA));
        assertEquals("opposition tacite (pièces non fournies)", IssueTacite.REJET_TACITE.libelle(TypeDossier.DP));
        assertEquals("rejet tacite (pièces non fournies)", IssueTacite.REJET_TACITE.libelle(TypeDossier.PC));
        assertEquals(EtatDossier.DECISION_TACITE_FAVORABLE, IssueTacite.CERTIFICAT_TACITE.etatAtteint());
        assertEquals(EtatDossier.DECISION_TACITE_DEFAVORABLE, IssueTacite.REFUS_TACITE.etatAtteint());
        assertEquals(EtatDossier.REJET_TACITE, IssueTacite.REJET_TACITE.etatAtteint());
    }

    @Test
    void valuesSurviveJavaSerialization() throws Exception {
        DonneesInstruction donnees = new DonneesInstruction(TypeDossier.PC, DEPOT,
                List.of(new DemandePieces(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1))),
                List.of(new MajorationNotifiee(Majoration.R423_25, LocalDate.of(2024, 2, 1))), CasRefusTacite.R424_3);
        NumeroDossier numero = NumeroDossier.parse("PC 974 411 24 00001T02");
        assertEquals(donnees, allerRetour(donnees));
        assertEquals(numero, allerRetour(numero));
    }

    private static Object allerRetour(Object valeur) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(octets)) {
            out.writeObject(valeur);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(octets.toByteArray()))) {
            return in.readObject();
        }
    }
}
