package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
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
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.AbsenceService;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.DeclarationDsn;
import fr.mutualis.payroll.api.DsnService;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.EmetteurDsn;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.NatureAbsence;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Organisme;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * Issue 15's "done when", end to end: Marignier pays January 2026 to three agents of the three categories, an adjoint
 * administratif (C) at 80 %, a rédacteur (B) with 15 NBI points and the employer's prévoyance and santé
 * participations, an attachée (A) on maladie ordinaire since 15 September 2025, so past 90 days in the rolling year
 * (half pay). The month is run, validated (012 mandats), the bordereau sent and the PES_Aller exported; the DSN of
 * the month passes the validator with no anomaly; the journal equals the mandats per article. The evidence (payslip
 * and journal PDFs, PES_Aller, its net-pay lines, journal per article, DSN file and validator output) is written to
 * the folder of the system property {@code mutualis.preuve} (default {@code target/preuve-mois}).
 */
class MoisCompletRemoteTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId MARIGNIER = new CollectiviteId("74164");
    static final YearMonth JANVIER = YearMonth.of(2026, 1);
    static final EmetteurDsn EMETTEUR = new EmetteurDsn("00015", "Marie Martin", "paie@marignier.fr", null, true);

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
                "paie:employer 74164 21740164500015 \"Place de la Mairie, 74970 Marignier\"",
                "budget:create 74164 00 principal D 074005 21740164500015 125 COMMUNE DE MARIGNIER - BUDGET PRINCIPAL",
                "budget:import -d 2026-01-15 74164 00 2026 " + credits));
        try (ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD)) {
            TiersService tiers = maire.service(TiersService.class);
            tiers.enregistrerTiers(MARIGNIER, new Tiers("PERSONNEL COMMUNAL", null, null, "PAIE-PERSONNEL", "23",
                    "09", null, new Adresse("PLACE DE LA MAIRIE", null, "74970", "MARIGNIER"), null, null));
            for (Organisme organisme : Organisme.values()) {
                tiers.enregistrerTiers(MARIGNIER, new Tiers(organisme.name(), null, null, organisme.reference(),
                        "50", "04", null, PaieVirementsRemoteTest.SIEGE,
                        PaieVirementsRemoteTest.iban(900 + organisme.ordinal()), "BNPAFRPP"));
            }
        }
        try (ServerConnection paie = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            AgentService service = paie.service(AgentService.class);
            agents.add(service.creerAgent(MARIGNIER, agent("C0001", "FAVRE", "Lucie", "ADJ-ADM", 5, 370, "0.8", 0,
                    List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal("150"))), "523c", 1)));
            agents.add(service.creerAgent(MARIGNIER, agent("B0001", "GAVARD", "Paul", "REDACTEUR", 7, 401, "1", 15,
                    List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal("300")),
                            new ElementIndemnitaire(NatureElement.PARTICIPATION_PREVOYANCE, "Participation prévoyance",
                                    new BigDecimal("7")),
                            new ElementIndemnitaire(NatureElement.PARTICIPATION_SANTE, "Participation santé",
                                    new BigDecimal("15"))), "451g", 2)));
            agents.add(service.creerAgent(MARIGNIER, agent("A0001", "HUDRY", "Claire", "ATTACHE", 6, 518, "1", 0,
                    List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal("450"))), "333f", 3)));
            paie.service(AbsenceService.class).declarerAbsence(MARIGNIER, agents.get(2).id(), new Absence(
                    NatureAbsence.MALADIE_ORDINAIRE, LocalDate.of(2025, 9, 15), LocalDate.of(2026, 1, 31), null,
                    false));
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static AgentSaisie agent(String matricule, String nom, String prenom, String grade, int echelon,
            int indice, String quotite, int nbi, List<ElementIndemnitaire> elements, String pcs, int compte) {
        String nir = PaieRemoteTest.nir();
        return new AgentSaisie(matricule, nom, prenom, nir, Statut.TITULAIRE, new BigDecimal("35"),
                new BigDecimal(quotite), grade, echelon, indice, nbi, ZoneResidence.ZONE_3, 0, elements,
                grade.startsWith("ATTACHE") ? CategorieTpp.A : grade.startsWith("REDACTEUR") ? CategorieTpp.B
                        : CategorieTpp.C, null, LocalDate.of(2018, 9, 1),
                new CompteBancaire(PaieVirementsRemoteTest.iban(compte), "BNPAFRPP"), PaieRemoteTest.naissance(nir),
                pcs);
    }

    @Test
    void aCommuneRunsValidatesPaysAndDeclaresAMonthOfThreeCategories() throws Exception {
        Path dossier = Path.of(System.getProperty("mutualis.preuve", "target/preuve-mois"));
        Files.createDirectories(dossier);
        try (ServerConnection paie = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            PaieMois lance = paie.service(PaieService.class).lancerPaie(MARIGNIER, JANVIER);
            Files.writeString(dossier.resolve("1-paie-lancee.txt"), lance.toString() + "\n", StandardCharsets.UTF_8);
        }
        try (ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD);
                ServerConnection gestionnaire = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            PaieService paie = maire.service(PaieService.class);
            PaieMois validee = paie.validerPaie(MARIGNIER, JANVIER);
            assertTrue(validee.comptabilisation().contains("mandat(s) émis au chapitre 012"),
                    validee.comptabilisation());
            List<BulletinResume> bulletins = paie.bulletins(MARIGNIER, JANVIER);
            assertEquals(3, bulletins.size());
            for (BulletinResume b : bulletins) {
                Files.write(dossier.resolve("bulletin-" + b.matricule() + ".pdf"), paie.bulletinPdf(MARIGNIER,
                        b.id()));
                String lignes = paie.bulletin(MARIGNIER, b.id()).bulletin().lignes().stream()
                        .map(l -> String.format("  %-22s %-58s %10s %10s", l.code(), l.libelle(), l.montantSalarial(),
                                l.montantPatronal())).reduce("", (a, c) -> a + c + "\n");
                Files.writeString(dossier.resolve("bulletin-" + b.matricule() + ".txt"), lignes,
                        StandardCharsets.UTF_8);
            }
            String demi = paie.bulletin(MARIGNIER, bulletins.stream().filter(b -> b.matricule().equals("A0001"))
                    .findFirst().orElseThrow().id()).bulletin().lignes().toString();
            assertTrue(demi.contains("MALADIE_DEMI"), "the attachée is on half pay past 90 days: " + demi);
            Files.write(dossier.resolve("journal-paie.pdf"), paie.journalPdf(MARIGNIER, JANVIER));
            JournalPaie journal = paie.journal(MARIGNIER, JANVIER);

            List<LigneRegistre> mandats = maire.service(ExecutionService.class).registre(MARIGNIER, "00", 2026,
                    Sens.DEPENSE);
            BordereauService bordereaux = maire.service(BordereauService.class);
            FicheBordereau projet = bordereaux.preparer(MARIGNIER, new PreparationBordereau("00", Sens.DEPENSE, 2026,
                    LocalDate.now().getYear() == 2026 ? LocalDate.now() : LocalDate.of(2026, 12, 31),
                    mandats.stream().map(LigneRegistre::numero).toList()));
            FicheBordereau envoye = bordereaux.envoyer(MARIGNIER, projet.id());
            Fichier pes = bordereaux.exporterPes(MARIGNIER, List.of(envoye.id()));
            Files.write(dossier.resolve("PES_Aller.xml"), pes.contenu());
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(pes.contenu()));

            StringBuilder nettes = new StringBuilder("PES_Aller, mandat collectif des nets (TypPce 08, NatPce 11) : "
                    + "une ligne par agent\n");
            Element collectif = (Element) xml.getElementsByTagName("Piece").item(0);
            NodeList lignes = collectif.getElementsByTagName("LigneDePiece");
            assertEquals(3, lignes.getLength(), "one net-pay line per agent");
            for (int i = 0; i < lignes.getLength(); i++) {
                Element ligne = (Element) lignes.item(i);
                String ref = v(ligne, "RefTiers");
                BulletinResume b = bulletins.stream().filter(r -> ("AGENT-" + r.matricule()).equals(ref))
                        .findFirst().orElseThrow();
                assertEquals(b.netAPayer().toPlainString(), v(ligne, "MtHT"), ref);
                nettes.append(String.format("  ligne %s  article %-6s %-12s %-7s %-4s %10s  %s %s%n",
                        v(ligne, "IdLigne"), v(ligne, "Nature"), ref, v(ligne, "Nom"), v(ligne, "Civilite"),
                        v(ligne, "MtHT"), v(ligne, "IBAN"), v(ligne, "BIC")));
            }
            Files.writeString(dossier.resolve("PES_Aller-lignes-nettes.txt"), nettes.toString(),
                    StandardCharsets.UTF_8);

            Map<String, BigDecimal> mandatsParArticle = new TreeMap<>();
            NodeList infos = xml.getElementsByTagName("InfoLignePce");
            for (int i = 0; i < infos.getLength(); i++) {
                Element info = (Element) infos.item(i);
                mandatsParArticle.merge(v(info, "Nature"), new BigDecimal(v(info, "MtHT")), BigDecimal::add);
            }
            Map<String, BigDecimal> journalParArticle = new TreeMap<>();
            journal.articles().forEach(a -> journalParArticle.put(a.article(), a.montant()));
            StringBuilder comparaison = new StringBuilder(String.format("%-8s %14s %14s%n", "article", "journal",
                    "mandats (PES)"));
            journalParArticle.forEach((article, montant) -> comparaison.append(String.format("%-8s %14s %14s%n",
                    article, montant, mandatsParArticle.get(article))));
            comparaison.append(String.format("%-8s %14s %14s%n", "total", journalParArticle.values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add), mandatsParArticle.values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
            comparaison.append(mandats.size() + " mandats : " + mandats.stream().map(LigneRegistre::objet).toList()
                    + "\n");
            Files.writeString(dossier.resolve("journal-egal-mandats.txt"), comparaison.toString(),
                    StandardCharsets.UTF_8);
            assertEquals(journalParArticle, mandatsParArticle, "journal = mandats, per article");
            assertTrue(journalParArticle.containsKey("6458"), "the PSC participations: " + journalParArticle);

            DeclarationDsn dsn = gestionnaire.service(DsnService.class).dsnMensuelle(MARIGNIER, JANVIER, EMETTEUR);
            Files.write(dossier.resolve(dsn.nomFichier()), dsn.contenu().getBytes(StandardCharsets.ISO_8859_1));
            Files.writeString(dossier.resolve("dsn-validateur.txt"), "DSN " + dsn.nomFichier() + " (" + dsn.norme()
                    + "), " + dsn.individus() + " individus\nAnomalies : " + (dsn.anomalies().isEmpty() ? "aucune"
                            : String.join("\n  ", dsn.anomalies())) + "\nRapprochement avec le journal :\n  "
                    + String.join("\n  ", dsn.rapprochements()) + "\n", StandardCharsets.UTF_8);
            assertEquals(List.of(), dsn.anomalies(), "no missing mandatory rubric, everything reconciled");
        }
    }

    private static String v(Element contexte, String element) {
        NodeList noeuds = contexte.getElementsByTagName(element);
        assertEquals(1, noeuds.getLength(), element);
        return ((Element) noeuds.item(0)).getAttribute("V");
    }
}
