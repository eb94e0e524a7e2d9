package fr.mutualis.budget.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;

class RecordsTest {

    private static final Imputation FOURNITURES = new Imputation(Section.FONCTIONNEMENT, "011", "60632", "020", null);
    private static final Tiers TIERS = new Tiers("QUINCAILLERIE MARTIN", null, "73282932000074", "F12", "60", "03",
            null, new Adresse("1 RUE DU PONT", null, "01100", "OYONNAX"), "FR7630006000011234567890189", null);

    @Test
    void montantsAreNormalizedToTwoDecimals() {
        LigneCredit ligne = new LigneCredit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, new BigDecimal("1500"));
        assertEquals(new BigDecimal("1500.00"), ligne.montant());
        assertEquals(2, ligne.montant().scale());
        assertEquals(new BigDecimal("12.30"),
                new LigneCredit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, new BigDecimal("12.300")).montant());
    }

    @Test
    void montantWithMoreThanTwoDecimalsIsRefusedInFrench() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new LigneCredit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, new BigDecimal("10.005")));
        assertEquals(List.of("Ligne de crédit 011 : Montant invalide : 10.005 a plus de deux décimales."), e.erreurs());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new Imputation(null, "1", "6063A", "12345", null));
        assertEquals(4, e.erreurs().size(), e.getMessage());
        assertTrue(e.getMessage().contains("Section obligatoire"), e.getMessage());
        assertTrue(e.getMessage().contains("Article invalide : « 6063A »"), e.getMessage());
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<LignePiece> lignes = new ArrayList<>(List.of(new LignePiece(FOURNITURES, new BigDecimal("10"), null, null)));
        Mandat mandat = mandat(1, lignes);
        lignes.add(new LignePiece(FOURNITURES, new BigDecimal("99"), null, null));
        assertEquals(1, mandat.lignes().size());
        assertThrows(UnsupportedOperationException.class, () -> mandat.lignes().clear());
        assertEquals(new BigDecimal("10.00"), mandat.montant());
    }

    @Test
    void correctivePieceMustNameTheOriginalAndOrdinaryMustNot() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new Mandat(2024, 2, LocalDate.of(2024, 3, 1), "Réduction", TIERS, List.of(ligne("5")), List.of(),
                        NaturePiece.REDUCTION, null, "03"));
        assertTrue(e.getMessage().contains("une réduction doit désigner la pièce qu'elle corrige"), e.getMessage());
        e = assertThrows(DonneeInvalideException.class,
                () -> new Mandat(2024, 2, LocalDate.of(2024, 3, 1), "Achat", TIERS, List.of(ligne("5")), List.of(),
                        NaturePiece.ORDINAIRE, new ReferencePiece(2024, 1), "03"));
        assertTrue(e.getMessage().contains("une pièce ordinaire ne désigne pas de pièce d'origine"), e.getMessage());
    }

    @Test
    void linesOfOnePieceShareOneSection() {
        Imputation investissement = new Imputation(Section.INVESTISSEMENT, "21", "2183", null, null);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> mandat(1,
                List.of(ligne("5"), new LignePiece(investissement, new BigDecimal("5"), null, null))));
        assertTrue(e.getMessage().contains("même section"), e.getMessage());
    }

    @Test
    void titreLinesNeedACodeProduitLocalAndMandatLinesMustNotHaveOne() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new Titre(2024, 1, LocalDate.of(2024, 3, 1), "Cantine", TIERS, List.of(ligne("5")), List.of(),
                        NaturePiece.ORDINAIRE, null));
        assertTrue(e.getMessage().contains("code produit local (CodProdLoc)"), e.getMessage());
        e = assertThrows(DonneeInvalideException.class, () -> mandat(1,
                List.of(new LignePiece(FOURNITURES, new BigDecimal("5"), null, "CANT"))));
        assertTrue(e.getMessage().contains("ne concerne que les titres"), e.getMessage());
    }

    @Test
    void bordereauComputesItsTotalsAndRefusesMixedKinds() {
        Mandat m1 = mandat(1, List.of(ligne("100.10"), ligne("0.05")));
        Mandat m2 = mandat(2, List.of(ligne("20")));
        Bordereau b = new Bordereau(Sens.DEPENSE, 2024, 1, LocalDate.of(2024, 3, 2), TypeBordereau.ORDINAIRE,
                List.of(m1, m2), new BigDecimal("1000"));
        assertEquals(new BigDecimal("120.15"), b.montantTotal());
        assertEquals(2, b.nombrePieces());
        assertEquals(new BigDecimal("1120.15"), b.montantCumulAnnuel());

        Mandat reduction = new Mandat(2024, 3, LocalDate.of(2024, 3, 2), "Réduction", TIERS, List.of(ligne("1")),
                List.of(), NaturePiece.REDUCTION, m1.reference(), "03");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> new Bordereau(Sens.DEPENSE,
                2024, 1, LocalDate.of(2024, 3, 2), TypeBordereau.ORDINAIRE, List.of(m1, reduction), BigDecimal.ZERO));
        assertTrue(e.getMessage().contains("mandat n° 3/2024 (réduction) ne peut pas aller sur un bordereau de type 01"),
                e.getMessage());
        e = assertThrows(DonneeInvalideException.class, () -> new Bordereau(Sens.RECETTE, 2025, 1,
                LocalDate.of(2024, 3, 2), TypeBordereau.ORDINAIRE, List.of(m1, m1), BigDecimal.ZERO));
        assertTrue(e.getMessage().contains("n'est pas une pièce de recette"), e.getMessage());
        assertTrue(e.getMessage().contains("n'est pas de l'exercice 2025"), e.getMessage());
        assertTrue(e.getMessage().contains("figure deux fois"), e.getMessage());
    }

    @Test
    void budgetPrimitifRefusesDuplicatesAndNegativeAmounts() {
        LigneCredit ligne = new LigneCredit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, new BigDecimal("10"));
        LigneCredit negative = new LigneCredit("012", Section.FONCTIONNEMENT, Sens.DEPENSE, new BigDecimal("-1"));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> new DecisionBudgetaire(
                EtapeBudgetaire.BP, 2024, LocalDate.of(2024, 3, 30), List.of(ligne, ligne, negative)));
        assertEquals(2, e.erreurs().size(), e.getMessage());
        assertEquals(List.of(negative), new DecisionBudgetaire(EtapeBudgetaire.DM, 2024, LocalDate.of(2024, 9, 1),
                List.of(negative)).lignes());
    }

    @Test
    void tiersAndBudgetCheckTheShapeOfTheirIdentifiers() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new Tiers("X", null, "1234", null, "6", "03", null, TIERS.adresse(), "FR76 3000", "BNPAFRPP"));
        assertEquals(3, e.erreurs().size(), e.getMessage());
        assertTrue(TIERS.identifieParSiret());
        e = assertThrows(DonneeInvalideException.class, () -> new Budget("COMMUNE", TypeBudget.PRINCIPAL,
                Declinaison.M57_A, "12345", "2100100500001", "12", "ab"));
        assertEquals(4, e.erreurs().size(), e.getMessage());
        assertEquals("01", new Budget("COMMUNE", TypeBudget.PRINCIPAL, Declinaison.M57_A, "02A001", "21010050000013",
                "123", "01").codBud());
    }

    @Test
    void articleKnowsWhichChapterItFeeds() {
        Article article = new Article("681", "Dotations", Map.of(EmploiCompte.DR, "68", EmploiCompte.DOES, "042"));
        assertTrue(article.alimente("042", Sens.DEPENSE));
        assertFalse(article.alimente("042", Sens.RECETTE));
        assertEquals("68", article.chapitre(EmploiCompte.DR).orElseThrow());
        assertTrue(article.chapitre(EmploiCompte.RR).isEmpty());
        assertThrows(DonneeInvalideException.class, () -> new Article("6064", "Fournitures", Map.of()));
    }

    @Test
    void recordsSurviveSerialization() throws Exception {
        Mandat mandat = mandat(7, List.of(ligne("12.5")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(mandat);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(mandat, in.readObject());
        }
    }

    @Test
    void moduleIdIsStable() {
        assertEquals("budget", BudgetModule.ID);
        assertEquals(BudgetModule.ID, BudgetModule.INFO.id());
    }

    private static LignePiece ligne(String montant) {
        return new LignePiece(FOURNITURES, new BigDecimal(montant), null, null);
    }

    private static Mandat mandat(int numero, List<LignePiece> lignes) {
        return new Mandat(2024, numero, LocalDate.of(2024, 3, 1), "Fournitures", TIERS, lignes, List.of(),
                NaturePiece.ORDINAIRE, null, "03");
    }
}
