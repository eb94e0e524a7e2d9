package fr.mutualis.budget.server.tests;

import static fr.mutualis.budget.server.tests.Donnees.BUDGET;
import static fr.mutualis.budget.server.tests.Donnees.EXERCICE;
import static fr.mutualis.budget.server.tests.Donnees.FOURNITURES;
import static fr.mutualis.budget.server.tests.Donnees.JOUR;
import static fr.mutualis.core.api.FormatMontant.euros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.DemandeCorrection;
import fr.mutualis.budget.api.DemandeVirement;
import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.PieceJustificative;
import fr.mutualis.budget.api.SaisieEngagement;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.budget.api.VoteBudget;
import fr.mutualis.budget.server.internal.BudgetStore;
import fr.mutualis.budget.server.internal.Options;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.testing.OsgiServices;

/**
 * The running totals per chapter (budget_total_chapitre), which credit checks and the execution report read instead of
 * summing the pièces, stay equal to a recomputation from everything recorded (votes, virements, engagements, mandats,
 * titres, annulations and réductions), lots of pièces included, and under concurrent writers.
 */
class TotauxChapitresTest extends CommuneAvecBudget {

    private static final Imputation SUBVENTION = new Imputation(Section.FONCTIONNEMENT, "65", "65748", "025", null);
    private static final Imputation IMPOTS = new Imputation(Section.FONCTIONNEMENT, "731", "73111", "01", null);

    private ExecutionService execution() {
        return ordonnateur.service(ExecutionService.class);
    }

    private BudgetService budgets() {
        return ordonnateur.service(BudgetService.class);
    }

    private SaisiePiece mandat(Imputation imputation, String montant, Integer engagement) {
        return new SaisiePiece(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, "Facture", tiers,
                List.of(new LignePiece(imputation, new BigDecimal(montant), null, null)), List.of(), "03", engagement);
    }

    private SaisiePiece titre(String montant) {
        return new SaisiePiece(BUDGET, Sens.RECETTE, EXERCICE, JOUR, "Impôts", tiers,
                List.of(new LignePiece(IMPOTS, new BigDecimal(montant), null, "TF")), List.of(), null, null);
    }

    @Test
    void theTotalsEqualARecomputationFromEverythingRecorded() {
        Donnees.enConsole(() -> {
            OsgiServices.service(Options.class).engagements(commune, true);
            return null;
        });
        execution().engager(commune, new SaisieEngagement(BUDGET, EXERCICE, JOUR, "Fournitures", FOURNITURES,
                new BigDecimal("3000")));
        execution().engager(commune, new SaisieEngagement(BUDGET, EXERCICE, JOUR, "Subvention", SUBVENTION,
                new BigDecimal("1000.50")));
        execution().emettre(commune, mandat(FOURNITURES, "400", 1));
        execution().emettre(commune, mandat(FOURNITURES, "250.25", 1));
        List<Piece> lot = execution().emettreLot(commune, List.of(mandat(FOURNITURES, "100.10", 1),
                mandat(FOURNITURES, "200.20", 1), mandat(SUBVENTION, "300", 2)));
        assertEquals(List.of(3, 4, 5), lot.stream().map(Piece::numero).toList());
        execution().emettre(commune, titre("1000"));
        execution().emettreLot(commune, List.of(titre("10.01"), titre("20.02")));
        execution().corriger(commune, new DemandeCorrection(BUDGET, Sens.DEPENSE, EXERCICE, 1,
                NaturePiece.ANNULATION, JOUR.plusDays(1), "Facture annulée", List.of()));
        execution().corriger(commune, new DemandeCorrection(BUDGET, Sens.DEPENSE, EXERCICE, 2,
                NaturePiece.REDUCTION, JOUR.plusDays(2), "Avoir", List.of(new LignePiece(FOURNITURES,
                        new BigDecimal("50.25"), null, null))));
        execution().corriger(commune, new DemandeCorrection(BUDGET, Sens.RECETTE, EXERCICE, 1,
                NaturePiece.REDUCTION, JOUR.plusDays(2), "Dégrèvement", List.of(new LignePiece(IMPOTS,
                        new BigDecimal("100"), null, "TF"))));
        budgets().virer(commune, new DemandeVirement(BUDGET, EXERCICE, JOUR.plusDays(3), "011", "65",
                new BigDecimal("1000")));
        budgets().voter(commune, new VoteBudget(BUDGET, new DecisionBudgetaire(EtapeBudgetaire.DM, EXERCICE,
                JOUR.plusDays(4), List.of(Donnees.credit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, "500.05"),
                        Donnees.credit("74", Section.FONCTIONNEMENT, Sens.RECETTE, "500.05"))), null, null));

        Map<String, List<BigDecimal>> totaux = totaux();
        assertEquals(recomputation(), totaux);
        assertEquals(List.of(new BigDecimal("9500.05"), new BigDecimal("3000.00"), new BigDecimal("500.30")),
                totaux.get("F D 011"), "credits opened, engaged, executed of 011");
        assertEquals(List.of(new BigDecimal("25000.00"), new BigDecimal("0.00"), new BigDecimal("930.03")),
                totaux.get("F R 731"));
        // the report of the year reads the totals; the report of the day before the DM sums the pièces
        assertEquals(totaux, rapport(budgets().execution(commune, BUDGET, EXERCICE, null).lignes()));
        assertEquals(new BigDecimal("500.30"), budgets().execution(commune, BUDGET, EXERCICE, JOUR.plusDays(3))
                .lignes().stream().filter(l -> l.chapitre().equals("011")).findFirst().orElseThrow().realise());
    }

    @Test
    void aLotIsAllOrNothingAndNumberedInSequence() {
        execution().emettre(commune, Donnees.mandat(tiers, FOURNITURES, "10"));
        DonneeInvalideException refus = assertThrows(DonneeInvalideException.class, () -> execution()
                .emettreLot(commune, List.of(mandat(SUBVENTION, "1000", null), mandat(SUBVENTION, "1500", null),
                        mandat(SUBVENTION, "600", null), mandat(FOURNITURES, "5", null))));
        assertTrue(refus.getMessage().startsWith("Mandat 3 du lot : Crédits insuffisants au chapitre 65 "
                + "(dépenses de fonctionnement) pour le mandat n° 4/2026 : "), refus.getMessage());
        assertEquals(1, refus.erreurs().size(), refus.getMessage());
        assertEquals(1, execution().registre(commune, BUDGET, EXERCICE, Sens.DEPENSE).size(), "nothing written");
        assertEquals(recomputation(), totaux());

        List<SaisiePiece> saisies = IntStream.range(0, 120).mapToObj(i -> mandat(FOURNITURES, "1.01", null)).toList();
        List<Piece> pieces = execution().emettreLot(commune, saisies);
        assertEquals(IntStream.rangeClosed(2, 121).boxed().toList(), pieces.stream().map(Piece::numero).toList());
        assertEquals(new BigDecimal("131.20"), totaux().get("F D 011").get(2));
        assertEquals(recomputation(), totaux());

        DonneeInvalideException melange = assertThrows(DonneeInvalideException.class, () -> execution()
                .emettreLot(commune, List.of(mandat(FOURNITURES, "1", null), titre("1"))));
        assertEquals("Pièce 2 du lot : les pièces d'un lot sont toutes du budget 00, de l'exercice 2026 et des "
                + "mandats, comme la première.", melange.getMessage());
    }

    @Test
    void aLotIsWrittenAsIssuedLinesDocumentsAndJournalIncluded() {
        execution().emettre(commune, mandat(FOURNITURES, "10", null)); // a pièce written alone before the lot
        List<SaisiePiece> saisies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            saisies.add(new SaisiePiece(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, "Facture " + i, tiers,
                    List.of(new LignePiece(FOURNITURES, new BigDecimal("1.01"), "Papier", null),
                            new LignePiece(SUBVENTION, new BigDecimal(i + ".50"), null, null)),
                    i % 2 == 0 ? List.of() : List.of(new PieceJustificative("01", "FACT-" + i, "facture-" + i + ".pdf"),
                            new PieceJustificative("01", "BL-" + i, "livraison-" + i + ".pdf")), "03", null));
        }
        long journal = Donnees.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? "
                + "AND operation = 'mandat.emettre'", commune.code());
        List<Piece> lot = execution().emettreLot(commune, saisies);
        Piece seul = execution().emettre(commune, mandat(FOURNITURES, "20", null)); // and one after it

        assertEquals(IntStream.rangeClosed(2, 61).boxed().toList(), lot.stream().map(Piece::numero).toList());
        for (Piece piece : lot) {
            assertEquals(piece, execution().piece(commune, BUDGET, EXERCICE, Sens.DEPENSE, piece.numero()),
                    "read back as issued: lines, amounts, documents, tiers");
        }
        assertEquals(seul, execution().piece(commune, BUDGET, EXERCICE, Sens.DEPENSE, 62));
        assertEquals(journal + 61, Donnees.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? "
                + "AND operation = 'mandat.emettre'", commune.code()), "one journal entry per pièce");
        assertEquals("Mandat n° 61/2026 (budget 00) " + euros(lot.get(59).montant()), Donnees.valeur(
                "SELECT objet FROM journal_audit WHERE collectivite = ? AND operation = 'mandat.emettre' "
                        + "ORDER BY id DESC OFFSET 1 ROWS FETCH FIRST 1 ROW ONLY", commune.code()));
        assertEquals(120L + 2, Donnees.compter("SELECT COUNT(DISTINCT l.id) FROM budget_ligne_piece l "
                + "JOIN budget_piece p ON p.id = l.piece_id WHERE p.collectivite = ?", commune.code()));
        assertEquals(60L, Donnees.compter("SELECT COUNT(DISTINCT j.id) FROM budget_piece_justificative j "
                + "JOIN budget_piece p ON p.id = j.piece_id WHERE p.collectivite = ?", commune.code()));
        assertEquals(recomputation(), totaux());
    }

    @Test
    void concurrentWritersOnOneChapterNeverExceedItsCredits() throws Exception {
        List<Callable<String>> taches = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // 4 lots of 1 000 and 4 mandats of 500 on 3 000 of credits
            taches.add(() -> ecrire(() -> execution().emettreLot(commune,
                    List.of(mandat(SUBVENTION, "400", null), mandat(SUBVENTION, "600", null)))));
            taches.add(() -> ecrire(() -> execution().emettre(commune, mandat(SUBVENTION, "500", null))));
        }
        List<String> resultats = enParallele(2, taches);
        assertTrue(resultats.stream().filter(r -> !r.equals(EMIS))
                .allMatch(r -> r.contains("Crédits insuffisants au chapitre 65 ")), resultats.toString());
        BigDecimal realise = totaux().get("F D 65").get(2);
        assertTrue(realise.compareTo(new BigDecimal("3000")) <= 0 && realise.compareTo(new BigDecimal("2500")) >= 0,
                "no room left for another mandat of 500 nor a lot of 1 000: " + realise);
        assertEquals(realise, Donnees.valeur("SELECT SUM(montant) FROM budget_piece WHERE collectivite = ?",
                commune.code()));
        assertEquals(recomputation(), totaux());
    }

    /** "F D 011" → [opened, engaged, executed], as stored. */
    private Map<String, List<BigDecimal>> totaux() {
        List<?> lignes = Transactions.read(OsgiServices.service(BudgetStore.class).emf(), em -> em.createNativeQuery(
                "SELECT t.section, t.sens, t.chapitre, t.ouverts, t.engage, t.realise FROM budget_total_chapitre t "
                        + "JOIN budget_budget b ON b.id = t.budget_id WHERE b.collectivite = ? AND b.cod_bud = ? "
                        + "AND t.exercice = ?")
                .setParameter(1, commune.code()).setParameter(2, BUDGET).setParameter(3, EXERCICE).getResultList());
        Map<String, List<BigDecimal>> totaux = new TreeMap<>();
        for (Object ligne : lignes) {
            Object[] t = (Object[]) ligne;
            totaux.put(t[0] + " " + t[1] + " " + t[2], List.of(montant(t[3]), montant(t[4]), montant(t[5])));
        }
        return totaux;
    }

    private static Map<String, List<BigDecimal>> rapport(List<LigneExecution> lignes) {
        Map<String, List<BigDecimal>> totaux = new TreeMap<>();
        lignes.forEach(l -> totaux.put(l.section().code() + " " + l.sens().code() + " " + l.chapitre(),
                List.of(l.creditsOuverts(), l.engage(), l.realise())));
        return totaux;
    }

    /** The same figures from what the services list: decisions, virements, engagements and every pièce. */
    private Map<String, List<BigDecimal>> recomputation() {
        Map<String, BigDecimal[]> sommes = new TreeMap<>();
        for (DecisionBudgetaire decision : budgets().decisions(commune, BUDGET, EXERCICE)) {
            for (LigneCredit l : decision.lignes()) {
                ajouter(sommes, l.section(), l.sens(), l.chapitre(), 0, l.montant());
            }
        }
        for (Virement v : budgets().virements(commune, BUDGET, EXERCICE)) {
            ajouter(sommes, v.source().section(), Sens.DEPENSE, v.source().code(), 0, v.montant().negate());
            ajouter(sommes, v.destination().section(), Sens.DEPENSE, v.destination().code(), 0, v.montant());
        }
        for (Engagement g : execution().engagements(commune, BUDGET, EXERCICE)) {
            ajouter(sommes, g.imputation().section(), Sens.DEPENSE, g.imputation().chapitre(), 1, g.montant());
        }
        for (Sens sens : Sens.values()) {
            for (LigneRegistre r : execution().registre(commune, BUDGET, EXERCICE, sens)) {
                Piece piece = execution().piece(commune, BUDGET, EXERCICE, sens, r.numero());
                for (LignePiece l : piece.lignes()) {
                    ajouter(sommes, l.imputation().section(), sens, l.imputation().chapitre(), 2,
                            piece.nature().corrective() ? l.montant().negate() : l.montant());
                }
            }
        }
        Map<String, List<BigDecimal>> totaux = new TreeMap<>();
        sommes.forEach((cle, s) -> totaux.put(cle, List.of(s)));
        return totaux;
    }

    private static void ajouter(Map<String, BigDecimal[]> sommes, Section section, Sens sens, String chapitre,
            int colonne, BigDecimal montant) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal[] s = sommes.computeIfAbsent(section.code() + " " + sens.code() + " " + chapitre,
                c -> new BigDecimal[] { zero, zero, zero });
        s[colonne] = s[colonne].add(montant);
    }

    private static BigDecimal montant(Object valeur) {
        return ((BigDecimal) valeur).setScale(2);
    }
}
