package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.DemandeVirement;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Fichier;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.NomenclatureService;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.PreparationBordereau;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.api.TypeBudget;
import fr.mutualis.budget.api.VoteBudget;
import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * The budget module end to end: the server product runs as its own process, set up by console commands (budget
 * created, budget primitif imported from a CSV file); this test is a client calling it over ECF, as the rich client
 * does. Every bad input is refused with a French message naming what is wrong, and nothing is written.
 */
class BudgetRemoteTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final CollectiviteId VOUGY = new CollectiviteId("74312");
    static final CollectiviteId AYSE = new CollectiviteId("74024");
    static final CollectiviteId BONNEVILLE = new CollectiviteId("74042");
    static final int EXERCICE = 2026;
    static final LocalDate JOUR = LocalDate.of(EXERCICE, 4, 15);
    static final Imputation FOURNITURES = new Imputation(Section.FONCTIONNEMENT, "011", "60632", "020", null);
    static final Tiers FOURNISSEUR = new Tiers("QUINCAILLERIE MARTIN", null, "73282932000074", "F0012", "60", "03",
            null, new Adresse("12 RUE DE LA GARE", null, "74130", "BRIZON"), "FR7630006000011234567890189",
            "AGRIFRPP882");
    static final String BP_BRIZON = """
            section;sens;chapitre;article;montant;libellé
            F;D;011;60632;6000,00;Fournitures de petit équipement
            F;D;011;60612;4000;Électricité
            F;D;012;6411;20000;Personnel titulaire
            F;D;65;65748;3000;Subventions aux associations
            F;D;023;;5000;Virement à la section d'investissement
            F;R;731;73111;25000;Impôts directs locaux
            F;R;74;74111;13000;Dotation forfaitaire
            I;D;21;2183;6000;Matériel informatique
            I;D;16;1641;1000;Remboursement d'emprunt
            I;R;021;;5000;Virement de la section de fonctionnement
            I;R;10;10222;2000;FCTVA
            """;

    static ServerProcess server;

    @BeforeAll
    static void startServer() throws IOException {
        Path csv = Files.createTempFile("bp-brizon-", ".csv");
        Files.writeString(csv, BP_BRIZON, StandardCharsets.UTF_8);
        Path casse = Files.createTempFile("bp-casse-", ".csv");
        Files.writeString(casse, BP_BRIZON.replace("F;D;012;6411;20000;", "F;D;012;6411;20 000,00,1;"),
                StandardCharsets.UTF_8);
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " secretaire Marie Secrétaire",
                "mutualis:grant secretaire 74049 saisie ordonnateur",
                "mutualis:grant secretaire 74312 saisie ordonnateur",
                "mutualis:grant secretaire 74042 lecture",
                "mutualis:useradd -p " + PASSWORD + " agent Paul Agent",
                "mutualis:grant agent 74049 saisie",
                "mutualis:useradd -p " + PASSWORD + " voisin Jean Voisin",
                "mutualis:grant voisin 74024 saisie ordonnateur",
                "mutualis:enable 74049 budget",
                "mutualis:enable 74312 budget",
                "mutualis:enable 74024 budget",
                "budget:create 74049 00 principal A 074001 21740049800010 123 COMMUNE DE BRIZON - BUDGET PRINCIPAL",
                "budget:engagements 74049 non",
                "budget:import -d 2026-03-30 -t 7.5 74049 00 2026 " + csv,
                "budget:create 74312 00 principal A 074002 21743120400015 456 COMMUNE DE VOUGY - BUDGET PRINCIPAL",
                "budget:engagements 74312 non",
                "budget:create 74312 01 annexe A 074002 21743120400015 456 VOUGY - BUDGET ANNEXE ASSAINISSEMENT",
                "budget:import 74312 01 2026 " + casse));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static <T> T en(String login, java.util.function.Function<ServerConnection, T> appel) {
        try (ServerConnection connection = ServerConnection.open(server.address(), login, PASSWORD)) {
            return appel.apply(connection);
        }
    }

    private static long tiersDeBrizon(ServerConnection c) {
        TiersService tiers = c.service(TiersService.class);
        return tiers.tiers(BRIZON).stream().filter(t -> "73282932000074".equals(t.tiers().identifiant()))
                .findFirst().map(FicheTiers::id).orElseGet(() -> tiers.enregistrerTiers(BRIZON, FOURNISSEUR).id());
    }

    private static SaisiePiece mandat(long tiers, Imputation imputation, String montant) {
        return new SaisiePiece("00", Sens.DEPENSE, EXERCICE, JOUR, "Fournitures", tiers,
                List.of(new LignePiece(imputation, new BigDecimal(montant), null, null)), List.of(), "03", null);
    }

    @Test
    void budgetPrimitifMandatsBordereauPesAndPdfThroughTheRemoteApi() throws Exception {
        en("secretaire", c -> {
            FicheBudget brizon = c.service(BudgetService.class).budgets(BRIZON).get(0);
            assertEquals("00", brizon.code());
            assertEquals(List.of(EXERCICE), brizon.exercicesVotes(), "BP imported from the CSV at start");
            long tiers = tiersDeBrizon(c);
            ExecutionService execution = c.service(ExecutionService.class);
            int premier = execution.emettre(BRIZON, mandat(tiers, FOURNITURES, "1234.56")).numero();
            int second = execution.emettre(BRIZON, mandat(tiers, new Imputation(Section.FONCTIONNEMENT, "011",
                    "60612", "020", null), "765.44")).numero();
            BordereauService bordereaux = c.service(BordereauService.class);
            FicheBordereau projet = bordereaux.preparer(BRIZON,
                    new PreparationBordereau("00", Sens.DEPENSE, EXERCICE, JOUR, List.of(premier, second)));
            FicheBordereau envoye = bordereaux.envoyer(BRIZON, projet.id());

            Fichier pes = bordereaux.exporterPes(BRIZON, List.of(envoye.id()));
            Document xml = xml(pes.contenu());
            assertEquals(String.valueOf(envoye.numero()), valeur(xml, "IdBord"));
            assertEquals("2026", valeur(xml, "Exer"));
            assertEquals("01", valeur(xml, "TypBord"));
            assertEquals("2", valeur(xml, "NbrPce"));
            assertEquals("2000.00", valeur(xml, "MtBordHT"));
            assertEquals(new BigDecimal("2000.00"), somme(xml, "MtHT"), "MtBordHT = sum of the lines' MtHT");
            assertEquals(2, xml.getElementsByTagName("Piece").getLength());
            assertEquals("074001", valeur(xml, "IdPost"));
            assertEquals("21740049800010", valeur(xml, "IdColl"));
            assertEquals("123", valeur(xml, "CodCol"));
            assertEquals("00", valeur(xml, "CodBud"));
            assertEquals("FR7630006000011234567890189", valeur(xml, "IBAN"));
            assertTrue(new String(pes.contenu(), StandardCharsets.ISO_8859_1)
                    .startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"));

            Fichier pdf = bordereaux.imprimer(BRIZON, envoye.id());
            String texte = texte(pdf.contenu());
            assertTrue(texte.contains("COMMUNE DE BRIZON"), texte);
            assertTrue(texte.contains("Bordereau des mandats émis n° " + envoye.numero()), texte);
            assertTrue(texte.contains("deux mille euros"), texte);
            assertTrue(texte.contains("L'ordonnateur certifie le service fait"), texte);

            LigneExecution chapitre011 = c.service(BudgetService.class).execution(BRIZON, "00", EXERCICE, null)
                    .lignes().stream().filter(l -> l.chapitre().equals("011") && l.sens() == Sens.DEPENSE)
                    .findFirst().orElseThrow();
            assertEquals(new BigDecimal("10000.00"), chapitre011.creditsOuverts());
            assertTrue(chapitre011.realise().compareTo(new BigDecimal("2000.00")) >= 0);
            return null;
        });
    }

    @Test
    void aBudgetAnnexeIsCreatedAndVotedThroughTheRemoteApi() {
        en("secretaire", c -> {
            BudgetService budgets = c.service(BudgetService.class);
            budgets.creerBudget(VOUGY, new Budget("VOUGY - BUDGET ANNEXE LOTISSEMENT", TypeBudget.ANNEXE,
                    Declinaison.M57_A, "074002", "21743120400015", "456", "02"));
            budgets.voter(VOUGY, new VoteBudget("02", new DecisionBudgetaire(EtapeBudgetaire.BP, EXERCICE,
                    LocalDate.of(EXERCICE, 4, 2), List.of(
                            credit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, "500"),
                            credit("70", Section.FONCTIONNEMENT, Sens.RECETTE, "500"))),
                    BigDecimal.ZERO, null));
            assertEquals(List.of("00", "01", "02"), budgets.budgets(VOUGY).stream().map(FicheBudget::code).toList());
            assertEquals(List.of(EXERCICE), budgets.budgets(VOUGY).get(2).exercicesVotes());
            return null;
        });
    }

    @Test
    void aCsvWithABrokenLineWasRefusedAtImportAndNothingWasVoted() {
        assertTrue(server.output().contains("Erreur : Ligne 4 : montant « 20 000,00,1 » illisible"),
                server.output());
        en("secretaire", c -> {
            FicheBudget annexe = c.service(BudgetService.class).budgets(VOUGY).stream()
                    .filter(f -> f.code().equals("01")).findFirst().orElseThrow();
            assertEquals(List.of(), annexe.exercicesVotes());
            return null;
        });
    }

    @Test
    void everyBadInputIsRefusedWithWhatIsWrongAndNothingIsWritten() {
        en("secretaire", c -> {
            long tiers = tiersDeBrizon(c);
            ExecutionService execution = c.service(ExecutionService.class);
            BudgetService budgets = c.service(BudgetService.class);
            Supplier<Integer> pieces = () -> execution.registre(BRIZON, "00", EXERCICE, Sens.DEPENSE).size();
            int avant = pieces.get();
            List<String> refus = new ArrayList<>();

            refus.add(refuse(() -> execution.emettre(BRIZON, mandat(tiers, FOURNITURES, "1000000"))));
            assertTrue(refus.get(0).startsWith("Crédits insuffisants au chapitre 011 (dépenses de fonctionnement) pour "
                    + "le mandat n° "), refus.get(0));
            assertTrue(refus.get(0).contains("crédits ouverts 10 000,00 €, déjà mandaté "), refus.get(0));
            assertTrue(refus.get(0).contains(", montant demandé 1 000 000,00 €, manque "), refus.get(0));

            refus.add(refuse(() -> execution.emettre(BRIZON, mandat(tiers,
                    new Imputation(Section.FONCTIONNEMENT, "022", "022", null, null), "10"))));
            assertTrue(refus.get(1).startsWith("Le chapitre 022 ne porte que des prévisions"), refus.get(1));

            refus.add(refuse(() -> execution.emettre(BRIZON, mandat(tiers,
                    new Imputation(Section.FONCTIONNEMENT, "011", "60699", "020", null), "10"))));
            assertEquals("Article 60699 inconnu ou supprimé du plan de comptes M57_A 2024.", refus.get(2));

            DonneeInvalideException zero = assertThrows(DonneeInvalideException.class,
                    () -> new LignePiece(FOURNITURES, BigDecimal.ZERO, null, null));
            assertEquals("Ligne de pièce : Montant doit être strictement positif (0.00).", zero.getMessage());
            assertThrows(DonneeInvalideException.class,
                    () -> new LignePiece(FOURNITURES, new BigDecimal("-5"), null, null));

            Tiers siretFaux = new Tiers("ENTREPRISE DOUTEUSE", null, "73282932000079", null, "60", "03", null,
                    FOURNISSEUR.adresse(), null, null);
            int tiersAvant = c.service(TiersService.class).tiers(BRIZON).size();
            refus.add(refuse(() -> c.service(TiersService.class).enregistrerTiers(BRIZON, siretFaux)));
            assertEquals("Tiers ENTREPRISE DOUTEUSE : SIRET invalide : 73282932000079 (14 chiffres dont une clé de "
                    + "contrôle).", refus.get(3));
            assertEquals(tiersAvant, c.service(TiersService.class).tiers(BRIZON).size());

            int decisions = budgets.decisions(BRIZON, "00", EXERCICE).size();
            refus.add(refuse(() -> budgets.voter(BRIZON, new VoteBudget("00", new DecisionBudgetaire(
                    EtapeBudgetaire.DM, EXERCICE, JOUR, List.of(credit("011", Section.FONCTIONNEMENT, Sens.DEPENSE,
                            "800"))), null, null))));
            assertEquals("Section de fonctionnement en déséquilibre : dépenses 38 800,00 €, recettes 38 000,00 €, "
                    + "écart 800,00 €.", refus.get(4));
            assertEquals(decisions, budgets.decisions(BRIZON, "00", EXERCICE).size());

            int virements = budgets.virements(BRIZON, "00", EXERCICE).size();
            refus.add(refuse(() -> budgets.virer(BRIZON, new DemandeVirement("00", EXERCICE, JOUR, "65", "011",
                    new BigDecimal("2500")))));
            assertTrue(refus.get(5).startsWith("Plafond des virements de crédits dépassé en section de fonctionnement"
                    + " : le cumul de l'exercice atteindrait 2 500,00 €"), refus.get(5));
            assertTrue(refus.get(5).contains("pour un plafond de 2 475,00 € (7,5 % des 33 000,00 € de dépenses réelles "
                    + "votées au budget primitif)"), refus.get(5));
            assertEquals(virements, budgets.virements(BRIZON, "00", EXERCICE).size());

            assertEquals(avant, pieces.get(), "no refused mandat was written: " + refus);
            return null;
        });
    }

    @Test
    void theIbanIsMaskedForARoleThatDoesNotNeedItAndAgentsCannotVote() {
        en("secretaire", BudgetRemoteTest::tiersDeBrizon);
        en("agent", c -> {
            FicheTiers tiers = c.service(TiersService.class).tiers(BRIZON).stream()
                    .filter(t -> "73282932000074".equals(t.tiers().identifiant())).findFirst().orElseThrow();
            assertEquals("FR76 **** **** **** **** **** 189", tiers.iban());
            assertNull(tiers.tiers().iban());
            AccesRefuseException e = assertThrows(AccesRefuseException.class, () -> c.service(BudgetService.class)
                    .virer(BRIZON, new DemandeVirement("00", EXERCICE, JOUR, "011", "65", BigDecimal.ONE)));
            assertTrue(e.getMessage().startsWith("Accès refusé : cette opération demande l'un des rôles Ordonnateur"),
                    e.getMessage());
            return null;
        });
    }

    @Test
    void anotherCommunesSecretaryIsRefused() {
        en("voisin", c -> {
            AccesRefuseException e = assertThrows(AccesRefuseException.class,
                    () -> c.service(BudgetService.class).budgets(BRIZON));
            assertEquals("Accès refusé : vous n'êtes pas habilité(e) pour la collectivité 74049.", e.getMessage());
            assertThrows(AccesRefuseException.class,
                    () -> c.service(ExecutionService.class).registre(BRIZON, "00", EXERCICE, Sens.DEPENSE));
            assertEquals(List.of(), c.service(BudgetService.class).budgets(AYSE));
            return null;
        });
        en("secretaire", c -> assertThrows(AccesRefuseException.class,
                () -> c.service(BudgetService.class).budgets(AYSE)));
    }

    @Test
    void aCollectivityWithoutTheModuleIsRefused() {
        en("secretaire", c -> {
            AccesRefuseException e = assertThrows(AccesRefuseException.class,
                    () -> c.service(BudgetService.class).budgets(BONNEVILLE));
            assertEquals("Accès refusé : le module « Budget et comptabilité (M57) » n'est pas activé pour la "
                    + "collectivité 74042.", e.getMessage());
            return null;
        });
    }

    @Test
    void theNomenclatureSaysWhenAnOlderPlanIsUsed() {
        en("secretaire", c -> {
            PlanComptable plan = c.service(NomenclatureService.class).plan(BRIZON, EXERCICE, Declinaison.M57_A);
            assertEquals(2024, plan.nomenclature().exercice());
            assertEquals("Aucun plan de comptes M57 2026 n'est livré : le plan 2024 (M57 abrégée), le plus récent "
                    + "disponible, s'applique.", plan.avertissement());
            assertTrue(plan.chapitres().stream().anyMatch(ch -> ch.code().equals("011")));
            assertTrue(plan.articles().size() > 500);
            return null;
        });
    }

    private static String refuse(Runnable appel) {
        return assertThrows(DonneeInvalideException.class, appel::run).getMessage();
    }

    private static LigneCredit credit(String chapitre, Section section, Sens sens, String montant) {
        return new LigneCredit(chapitre, section, sens, new BigDecimal(montant));
    }

    private static Document xml(byte[] contenu) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(contenu));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String valeur(Document xml, String element) {
        return ((Element) xml.getElementsByTagName(element).item(0)).getAttribute("V");
    }

    private static BigDecimal somme(Document xml, String element) {
        NodeList noeuds = xml.getElementsByTagName(element);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < noeuds.getLength(); i++) {
            total = total.add(new BigDecimal(((Element) noeuds.item(i)).getAttribute("V")));
        }
        return total;
    }

    private static String texte(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
