package fr.mutualis.budget.server.tests;

import static fr.mutualis.budget.server.tests.Donnees.BUDGET;
import static fr.mutualis.budget.server.tests.Donnees.EXERCICE;
import static fr.mutualis.budget.server.tests.Donnees.FOURNITURES;
import static fr.mutualis.budget.server.tests.Donnees.JOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.DemandeCorrection;
import fr.mutualis.budget.api.DemandeVirement;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Fichier;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.PreparationBordereau;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.StatutBordereau;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.api.TypeBordereau;
import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;

/** The chain budget -> mandats -> bordereau -> PES -> PDF on the real database, through the access policy. */
class ChaineBudgetaireTest {

    private CollectiviteId commune;
    private Utilisateur ordonnateur;
    private Utilisateur secretaire;
    private long tiers;

    @BeforeEach
    void commune() {
        commune = Donnees.nouvelleCommune();
        Donnees.sansEngagements(commune);
        ordonnateur = Donnees.utilisateur(commune, Role.ORDONNATEUR);
        secretaire = Donnees.utilisateur(commune, Role.SAISIE);
        Donnees.budgetVote(ordonnateur, commune);
        tiers = Donnees.fournisseur(secretaire, commune).id();
    }

    private ExecutionService execution(Utilisateur u) {
        return u.service(ExecutionService.class);
    }

    @Test
    void mandatsGoOnABordereauExportedAsPesAndPrinted() throws Exception {
        execution(secretaire).emettre(commune, Donnees.mandat(tiers, FOURNITURES, "1200"));
        Piece deuxieme = execution(secretaire).emettre(commune, Donnees.mandat(tiers, FOURNITURES, "300.50"));
        assertEquals(2, deuxieme.numero());

        FicheBordereau projet = secretaire.service(BordereauService.class).preparer(commune,
                new PreparationBordereau(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, List.of(1, 2)));
        assertNull(projet.numero());
        assertEquals(StatutBordereau.EN_PREPARATION, projet.statut());
        FicheBordereau envoye = ordonnateur.service(BordereauService.class).envoyer(commune, projet.id());
        assertEquals(1, envoye.numero());
        assertEquals(new BigDecimal("1500.50"), envoye.montant());

        Fichier pes = ordonnateur.service(BordereauService.class).exporterPes(commune, List.of(envoye.id()));
        assertEquals("PES_DEP_00_2026_B1.xml", pes.nom());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(pes.contenu()));
        assertEquals("2", valeur(xml, "NbrPce"));
        assertEquals("1500.50", valeur(xml, "MtBordHT"));
        assertEquals("1", valeur(xml, "IdBord"));
        assertEquals("074001", valeur(xml, "IdPost"));
        assertEquals("FR7630006000011234567890189", valeur(xml, "IBAN"));

        Fichier pdf = secretaire.service(BordereauService.class).imprimer(commune, envoye.id());
        try (PDDocument document = Loader.loadPDF(pdf.contenu())) {
            String texte = new PDFTextStripper().getText(document);
            assertTrue(texte.contains("Bordereau des mandats émis n° 1"), texte);
            assertTrue(texte.contains("mille cinq cents euros et cinquante centimes"), texte);
            assertTrue(texte.contains("D1617-23"), texte);
        }

        LigneExecution chapitre011 = ordonnateur.service(BudgetService.class).execution(commune, BUDGET, EXERCICE, null)
                .lignes().stream().filter(l -> l.chapitre().equals("011")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("10000.00"), chapitre011.creditsOuverts());
        assertEquals(new BigDecimal("1500.50"), chapitre011.realise());
        assertEquals(new BigDecimal("8499.50"), chapitre011.disponible());
    }

    private static String valeur(Document xml, String element) {
        return ((org.w3c.dom.Element) xml.getElementsByTagName(element).item(0)).getAttribute("V");
    }

    @Test
    void theIbanIsEncryptedAtRestAndMaskedForWhoDoesNotNeedIt() {
        String stocke = (String) Donnees.valeur("SELECT iban_chiffre FROM budget_tiers WHERE id = ?", tiers);
        assertTrue(stocke.startsWith("v1:"), stocke);
        assertFalse(stocke.contains("30006000011234567890"), stocke);

        String lecturesEnClair = "SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? "
                + "AND operation = 'tiers.iban.consulter'";
        long avant = Donnees.compter(lecturesEnClair, commune.code());
        FicheTiers vuParLaSecretaire = secretaire.service(TiersService.class).tiers(commune).get(0);
        long apresMasque = Donnees.compter(lecturesEnClair, commune.code());
        assertEquals("FR76 **** **** **** **** **** 189", vuParLaSecretaire.iban());
        assertNull(vuParLaSecretaire.tiers().iban());
        FicheTiers vuParLOrdonnateur = ordonnateur.service(TiersService.class).tiers(commune).get(0);
        assertEquals("FR7630006000011234567890189", vuParLOrdonnateur.iban());
        assertEquals(avant, apresMasque, "a masked read is not journaled");
        assertEquals(avant + 1, Donnees.compter(lecturesEnClair, commune.code()), "a read in clear is journaled");
    }

    @Test
    void aCreditOverrunIsRefusedNamingTheChapterAndNothingIsWritten() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> execution(secretaire).emettre(commune, Donnees.mandat(tiers, FOURNITURES, "10000.01")));
        assertEquals("Crédits insuffisants au chapitre 011 (dépenses de fonctionnement) pour le mandat n° 1/2026 : "
                + "crédits ouverts 10 000,00 €, déjà mandaté 0,00 €, montant demandé 10 000,01 €, manque 0,01 €.",
                e.getMessage());
        assertEquals(0, Donnees.compter("SELECT COUNT(*) FROM budget_piece WHERE collectivite = ?", commune.code()));
        assertEquals(1, execution(secretaire).emettre(commune, Donnees.mandat(tiers, FOURNITURES, "10000")).numero(),
                "the refused mandat used no number");
    }

    @Test
    void aSentBordereauIsLockedAndAPieceGoesOnOneBordereauOnly() {
        execution(secretaire).emettre(commune, Donnees.mandat(tiers, FOURNITURES, "100"));
        BordereauService bordereaux = ordonnateur.service(BordereauService.class);
        FicheBordereau envoye = bordereaux.envoyer(commune, bordereaux.preparer(commune,
                new PreparationBordereau(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, List.of(1))).id());
        DonneeInvalideException abandon = assertThrows(DonneeInvalideException.class,
                () -> bordereaux.abandonner(commune, envoye.id()));
        assertTrue(abandon.getMessage().contains("est envoyé : il est verrouillé"), abandon.getMessage());
        assertThrows(DonneeInvalideException.class, () -> bordereaux.envoyer(commune, envoye.id()));
        DonneeInvalideException double_ = assertThrows(DonneeInvalideException.class, () -> bordereaux.preparer(commune,
                new PreparationBordereau(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, List.of(1))));
        assertEquals("Le mandat n° 1/2026 est déjà sur un bordereau (n° 1).", double_.getMessage());
    }

    @Test
    void theExecutionReportSumsThePiecesUpToItsDateNetOfAnnulations() {
        execution(secretaire).emettre(commune, Donnees.mandat(tiers, FOURNITURES, "400"));
        execution(secretaire).emettre(commune, Donnees.mandat(tiers, FOURNITURES, "250.25"));
        execution(secretaire).corriger(commune, new DemandeCorrection(BUDGET, Sens.DEPENSE, EXERCICE, 1,
                NaturePiece.ANNULATION, JOUR.plusDays(1), "Facture annulée", List.of()));
        assertEquals(new BigDecimal("0.00"), realise011(JOUR.minusDays(1)), "nothing mandated before the day");
        assertEquals(new BigDecimal("650.25"), realise011(JOUR), "both mandats of the day");
        assertEquals(new BigDecimal("250.25"), realise011(JOUR.plusDays(1)), "the annulation of the next day");
        assertEquals(new BigDecimal("250.25"), realise011(null), "the whole exercice");
    }

    private BigDecimal realise011(java.time.LocalDate date) {
        return ordonnateur.service(BudgetService.class).execution(commune, BUDGET, EXERCICE, date).lignes().stream()
                .filter(l -> l.chapitre().equals("011") && l.sens() == Sens.DEPENSE).findFirst().orElseThrow()
                .realise();
    }

    @Test
    void anAnnulationIsANewPieceOnABordereauOfType02() {
        execution(secretaire).emettre(commune, Donnees.mandat(tiers, FOURNITURES, "400"));
        Piece annulation = execution(secretaire).corriger(commune, new DemandeCorrection(BUDGET, Sens.DEPENSE,
                EXERCICE, 1, NaturePiece.ANNULATION, JOUR, "Facture annulée", List.of()));
        assertEquals(2, annulation.numero());
        assertEquals(NaturePiece.ANNULATION, annulation.nature());
        assertEquals(new BigDecimal("400.00"), execution(secretaire).piece(commune, BUDGET, EXERCICE, Sens.DEPENSE, 1)
                .montant(), "the original is unchanged");
        assertEquals(new BigDecimal("0.00"), ordonnateur.service(BudgetService.class).execution(commune, BUDGET,
                EXERCICE, null).lignes().stream().filter(l -> l.chapitre().equals("011")).findFirst().orElseThrow()
                .realise());
        FicheBordereau type02 = secretaire.service(BordereauService.class).preparer(commune,
                new PreparationBordereau(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, List.of(2)));
        assertEquals(TypeBordereau.ANNULATION_REDUCTION, type02.type());
        assertThrows(DonneeInvalideException.class, () -> execution(secretaire).corriger(commune,
                new DemandeCorrection(BUDGET, Sens.DEPENSE, EXERCICE, 1, NaturePiece.ANNULATION, JOUR, "Encore",
                        List.of())));
    }

    @Test
    void virementsStayWithinTheVotedCapAndNeverTouch012() {
        BudgetService budgets = ordonnateur.service(BudgetService.class);
        budgets.virer(commune, new DemandeVirement(BUDGET, EXERCICE, JOUR, "011", "65", new BigDecimal("2475")));
        DonneeInvalideException plafond = assertThrows(DonneeInvalideException.class, () -> budgets.virer(commune,
                new DemandeVirement(BUDGET, EXERCICE, JOUR, "65", "011", new BigDecimal("0.01"))));
        assertTrue(plafond.getMessage().startsWith("Plafond des virements de crédits dépassé en section de "
                + "fonctionnement"), plafond.getMessage());
        DonneeInvalideException personnel = assertThrows(DonneeInvalideException.class, () -> budgets.virer(commune,
                new DemandeVirement(BUDGET, EXERCICE, JOUR, "012", "011", new BigDecimal("1"))));
        assertTrue(personnel.getMessage().contains("Le chapitre 012 (charges de personnel)"), personnel.getMessage());
        assertEquals(1, budgets.virements(commune, BUDGET, EXERCICE).size());
    }

    @Test
    void titresAreCheckedAgainstTheRevenueVoted() {
        Imputation impots = new Imputation(Section.FONCTIONNEMENT, "731", "73111", "01", null);
        SaisiePiece titre = new SaisiePiece(BUDGET, Sens.RECETTE, EXERCICE, JOUR, "Rôle supplémentaire", tiers,
                List.of(new LignePiece(impots, new BigDecimal("25000.01"), null, "TF")), List.of(), null, null);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> execution(secretaire).emettre(commune, titre));
        assertEquals("Crédits insuffisants au chapitre 731 (recettes de fonctionnement) pour le titre n° 1/2026 : "
                + "crédits ouverts 25 000,00 €, déjà titré 0,00 €, montant demandé 25 000,01 €, manque 0,01 €.",
                e.getMessage());
        Piece emis = execution(secretaire).emettre(commune, new SaisiePiece(BUDGET, Sens.RECETTE, EXERCICE, JOUR,
                "Rôle supplémentaire", tiers, List.of(new LignePiece(impots, new BigDecimal("1500"), null, "TF")),
                List.of(), null, null));
        assertEquals(1, emis.numero());
        assertEquals(1, execution(secretaire).registre(commune, BUDGET, EXERCICE, Sens.RECETTE).size());
        assertEquals(0, execution(secretaire).registre(commune, BUDGET, EXERCICE, Sens.DEPENSE).size());
    }

    @Test
    void anotherCommunesUserIsRefused() {
        CollectiviteId voisine = Donnees.nouvelleCommune();
        Utilisateur voisin = Donnees.utilisateur(voisine, Role.ORDONNATEUR);
        AccesRefuseException e = assertThrows(AccesRefuseException.class,
                () -> voisin.service(BudgetService.class).budgets(commune));
        assertTrue(e.getMessage().startsWith("Accès refusé : vous n'êtes pas habilité(e)"), e.getMessage());
        assertEquals(List.of(), voisin.service(BudgetService.class).budgets(voisine));
    }
}
