package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.Fichier;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.PreparationBordereau;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Organisme;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * Paying the agents, end to end: Marignier (budget in M57 développée) pays a month of four agents (two CNRACL
 * titulaires, one with NBI; two IRCANTEC contractuels), validates it, sends the bordereau and exports the PES_Aller the
 * trésorier receives: its net-pay mandat collectif pays each agent, on his own line, his net pay to his IBAN; one
 * mandat per organism; the journal equals the mandats per article. An agent without bank account blocks the
 * validation, in French, and nothing is written.
 */
class PaieVirementsRemoteTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId MARIGNIER = new CollectiviteId("74164");
    static final YearMonth FEVRIER = YearMonth.of(2026, 2);
    static final Adresse SIEGE = new Adresse("1 RUE DE LA POSTE", null, "74000", "ANNECY");

    static ServerProcess server;
    static final List<Agent> agents = new ArrayList<>();

    @BeforeAll
    static void startServer() throws IOException {
        Path credits = Files.createTempFile("bp-marignier-", ".csv");
        Files.writeString(credits, "F;D;012;64111;500000;Personnel\nF;R;731;73111;500000;Impôts directs locaux\n",
                StandardCharsets.UTF_8);
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " gestionnaire Paule Gestionnaire",
                "mutualis:grant gestionnaire 74164 paie",
                "mutualis:useradd -p " + PASSWORD + " maire Jean Maire",
                "mutualis:grant maire 74164 ordonnateur",
                "mutualis:enable 74164 paie",
                "mutualis:enable 74164 budget",
                "budget:create 74164 00 principal D 074005 21740164500015 125 COMMUNE DE MARIGNIER - BUDGET PRINCIPAL",
                "budget:import -d 2026-01-15 74164 00 2026 " + credits));
        try (ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD)) {
            TiersService tiers = maire.service(TiersService.class);
            tiers.enregistrerTiers(MARIGNIER, new Tiers("PERSONNEL COMMUNAL", null, null, "PAIE-PERSONNEL", "23",
                    "09", null, new Adresse("PLACE DE LA MAIRIE", null, "74970", "MARIGNIER"), null, null));
            for (Organisme organisme : Organisme.values()) {
                tiers.enregistrerTiers(MARIGNIER, new Tiers(organisme.name(), null, null, organisme.reference(),
                        "50", "04", null, SIEGE, iban(900 + organisme.ordinal()), "BNPAFRPP"));
            }
        }
        try (ServerConnection paie = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            AgentService service = paie.service(AgentService.class);
            agents.add(service.creerAgent(MARIGNIER, agent("B0001", "BERTHOLLET", "Anne", Statut.TITULAIRE, "C2", 10,
                    409, 15, 2, "250", CategorieTpp.C).avecCompteBancaire(new CompteBancaire(iban(1), "BNPAFRPP"))));
            agents.add(service.creerAgent(MARIGNIER, agent("B0002", "COLLOUD", "Marc", Statut.TITULAIRE, "C1", 5,
                    370, 0, 0, null, CategorieTpp.C).avecCompteBancaire(new CompteBancaire(iban(2), "PSSTFRPPLYO"))));
            agents.add(service.creerAgent(MARIGNIER, agent("B0003", "DUCROZ", "Léa", Statut.CONTRACTUEL, null, 0,
                    420, 0, 1, "120", CategorieTpp.AUCUNE).avecCompteBancaire(new CompteBancaire(iban(3),
                            "CCBPFRPPANN"))));
            agents.add(service.creerAgent(MARIGNIER, agent("B0004", "EMONET", "Hugo", Statut.CONTRACTUEL, null, 0,
                    700, 0, 3, "1500", CategorieTpp.AUCUNE)));
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static AgentSaisie agent(String matricule, String nom, String prenom, Statut statut, String grade, int echelon,
            int indice, int nbi, int enfants, String ifse, CategorieTpp tpp) {
        List<ElementIndemnitaire> primes = ifse == null ? List.of()
                : List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal(ifse)));
        String nir = PaieRemoteTest.nir();
        return new AgentSaisie(matricule, nom, prenom, nir, statut, new BigDecimal("35"),
                BigDecimal.ONE, grade, echelon, indice, nbi, ZoneResidence.ZONE_3, enfants, primes, tpp, null,
                LocalDate.of(2018, 9, 1), null, PaieRemoteTest.naissance(nir), "523c");
    }

    /** A French IBAN with a correct RIB key (bank 30004, guichet 00003) and a correct IBAN key, account {@code n}. */
    static String iban(int n) {
        String banque = "30004";
        String guichet = "00003";
        String compte = String.format("%011d", n);
        long cleRib = 97 - (89L * Long.parseLong(banque) + 15L * Long.parseLong(guichet)
                + 3L * Long.parseLong(compte)) % 97;
        String bban = banque + guichet + compte + String.format("%02d", cleRib);
        int cle = 98 - new BigInteger(bban + "152700").mod(BigInteger.valueOf(97)).intValue();
        return "FR" + String.format("%02d", cle) + bban;
    }

    @Test
    void theTresorierGetsOneNetPayLinePerAgentWithHisAccountAndTheJournalEqualsTheMandats() throws Exception {
        try (ServerConnection paie = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            paie.service(PaieService.class).lancerPaie(MARIGNIER, FEVRIER);
        }
        try (ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD)) {
            DonneeInvalideException refus = assertThrows(DonneeInvalideException.class,
                    () -> maire.service(PaieService.class).validerPaie(MARIGNIER, FEVRIER));
            assertEquals(List.of("Coordonnées bancaires manquantes pour l'agent B0004 — EMONET Hugo : saisissez son "
                    + "IBAN et son BIC dans sa fiche avant de valider la paie, le comptable paie chaque agent par "
                    + "virement."), refus.erreurs());
            assertEquals(EtatPaie.BROUILLON, maire.service(PaieService.class).etatPaie(MARIGNIER, FEVRIER).etat());
            assertEquals(List.of(), maire.service(ExecutionService.class).registre(MARIGNIER, "00", 2026,
                    Sens.DEPENSE), "nothing was mandated");
        }
        try (ServerConnection paie = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            Agent emonet = agents.get(3);
            agents.set(3, paie.service(AgentService.class).modifierAgent(MARIGNIER, emonet.id(), emonet.donnees()
                    .avecCompteBancaire(new CompteBancaire(iban(4), "AGRIFRPP881"))));
            paie.service(PaieService.class).lancerPaie(MARIGNIER, FEVRIER);
        }
        try (ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD)) {
            PaieService paie = maire.service(PaieService.class);
            PaieMois validee = paie.validerPaie(MARIGNIER, FEVRIER);
            assertTrue(validee.comptabilisation().startsWith("8 mandat(s) émis au chapitre 012 du budget principal "
                    + "2026 (n° 1 à 8), "), validee.comptabilisation());
            List<BulletinResume> bulletins = paie.bulletins(MARIGNIER, FEVRIER);
            JournalPaie journal = paie.journal(MARIGNIER, FEVRIER);

            List<LigneRegistre> mandats = maire.service(ExecutionService.class).registre(MARIGNIER, "00", 2026,
                    Sens.DEPENSE);
            assertEquals(List.of("PAIE FÉVRIER 2026 - NETS A PAYER", "PAIE FÉVRIER 2026 - URSSAF",
                    "PAIE FÉVRIER 2026 - CNRACL", "PAIE FÉVRIER 2026 - IRCANTEC", "PAIE FÉVRIER 2026 - RAFP",
                    "PAIE FÉVRIER 2026 - CNFPT", "PAIE FÉVRIER 2026 - CDG", "PAIE FÉVRIER 2026 - DGFIP"),
                    mandats.stream().map(LigneRegistre::objet).toList());
            BordereauService bordereaux = maire.service(BordereauService.class);
            FicheBordereau projet = bordereaux.preparer(MARIGNIER, new PreparationBordereau("00", Sens.DEPENSE, 2026,
                    LocalDate.now().getYear() == 2026 ? LocalDate.now() : LocalDate.of(2026, 12, 31),
                    mandats.stream().map(LigneRegistre::numero).toList()));
            FicheBordereau envoye = bordereaux.envoyer(MARIGNIER, projet.id());
            Fichier pes = bordereaux.exporterPes(MARIGNIER, List.of(envoye.id()));
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(pes.contenu()));
            System.out.println("PaieVirementsRemoteTest: PES_Aller net-pay lines\n" + lignesNettes(xml));

            Element collectif = (Element) xml.getElementsByTagName("Piece").item(0);
            assertEquals("08", v(collectif, "TypPce"), "mandat collectif");
            assertEquals("11", v(collectif, "NatPce"), "paie");
            assertEquals("journal-paie-74164-2026-02.pdf", v(collectif, "NomPJ"), "the payroll état as PJ");
            NodeList lignes = collectif.getElementsByTagName("LigneDePiece");
            assertEquals(4, lignes.getLength(), "one line per agent");
            for (int i = 0; i < 4; i++) {
                Element ligne = (Element) lignes.item(i);
                Agent agent = agents.stream().filter(a -> ("AGENT-" + a.donnees().matricule())
                        .equals(v(ligne, "RefTiers"))).findFirst().orElseThrow();
                BulletinResume bulletin = bulletins.stream().filter(b -> b.agentId() == agent.id()).findFirst()
                        .orElseThrow();
                assertEquals(bulletin.netAPayer().toPlainString(), v(ligne, "MtHT"), agent.donnees().matricule());
                assertEquals(agent.donnees().compteBancaire().iban(), v(ligne, "IBAN"));
                assertEquals(agent.donnees().compteBancaire().bic(), v(ligne, "BIC"));
                assertEquals(agent.donnees().nom(), v(ligne, "Nom"));
                assertEquals("01", v(ligne, "CatTiers"));
                assertEquals(agent.donnees().nir().startsWith("2") ? "Mme" : "M.", v(ligne, "Civilite"));
                assertEquals("03", v(ligne, "ModRegl"));
                assertEquals(0, ligne.getElementsByTagName("Adresse").getLength());
                assertFalse(ligne.getTextContent().contains(agent.donnees().nir()), "no NIR in the PES");
            }

            Map<String, BigDecimal> parArticle = new TreeMap<>();
            NodeList natures = xml.getElementsByTagName("InfoLignePce");
            for (int i = 0; i < natures.getLength(); i++) {
                Element info = (Element) natures.item(i);
                parArticle.merge(v(info, "Nature"), new BigDecimal(v(info, "MtHT")), BigDecimal::add);
            }
            Map<String, BigDecimal> journalParArticle = new TreeMap<>();
            journal.articles().forEach(a -> journalParArticle.put(a.article(), a.montant()));
            assertEquals(journalParArticle, parArticle, "journal = mandats, per article");
            assertTrue(journalParArticle.keySet().containsAll(List.of("64111", "64113", "64131", "6451", "6453")),
                    journalParArticle.toString());
            assertEquals(validee.coutEmployeur(), journal.articles().stream().map(TotalArticle::montant)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    private static String v(Element contexte, String element) {
        NodeList noeuds = contexte.getElementsByTagName(element);
        assertEquals(1, noeuds.getLength(), element);
        return ((Element) noeuds.item(0)).getAttribute("V");
    }

    private static String lignesNettes(Document xml) {
        StringBuilder texte = new StringBuilder();
        NodeList lignes = ((Element) xml.getElementsByTagName("Piece").item(0)).getElementsByTagName("LigneDePiece");
        for (int i = 0; i < lignes.getLength(); i++) {
            Element ligne = (Element) lignes.item(i);
            texte.append(String.format("  %s %-8s %-12s %-6s %-4s %10s  %s  %s%n", v(ligne, "IdLigne"),
                    v(ligne, "Nature"), v(ligne, "RefTiers"), v(ligne, "Nom"), v(ligne, "Civilite"), v(ligne, "MtHT"),
                    v(ligne, "IBAN"), v(ligne, "BIC")));
        }
        return texte.toString();
    }
}
