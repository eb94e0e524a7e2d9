package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.BulletinDetail;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.CompteBancaire;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.GradeGrille;
import fr.mutualis.payroll.api.GradeService;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Nir;
import fr.mutualis.payroll.api.Organisme;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.TotalArticle;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * The payroll module end to end: the server product runs as its own process; this test is a client calling it over
 * ECF. A collectivity of 500 agents is entered and paid through the remote API in one run, and its validation issues
 * the month's mandats on chapter 012 (the agents' nets, then one mandat per organism), seen through the budget module's API (or is refused as a whole when the credits
 * are short); the NIR reaches only the payroll role in clear; bad input and other communes are refused in French.
 */
class PaieRemoteTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final CollectiviteId VOUGY = new CollectiviteId("74312");
    static final CollectiviteId AYSE = new CollectiviteId("74024");
    static final YearMonth JANVIER = YearMonth.of(2026, 1);
    static final int AGENTS = 500;
    static final Random RANDOM = new Random(2026);

    /** Bonneville: a small payroll whose budget has almost no credit on chapter 012. */
    static final CollectiviteId BONNEVILLE = new CollectiviteId("74042");
    /** The payees the payroll is mandated to, as the collectivity registers them in its répertoire. */
    static final List<Tiers> TIERS_PAIE = List.of(
            tiers("PERSONNEL COMMUNAL", "PAIE-PERSONNEL", "23", "09"),
            tiers("URSSAF RHONE-ALPES", Organisme.URSSAF.reference(), "61", "04"),
            tiers("CAISSE DES DEPOTS - CNRACL", Organisme.CNRACL.reference(), "71", "05"),
            tiers("CAISSE DES DEPOTS - IRCANTEC", Organisme.IRCANTEC.reference(), "72", "05"),
            tiers("ERAFP", Organisme.RAFP.reference(), "20", "08"),
            tiers("CNFPT", Organisme.CNFPT.reference(), "50", "04"),
            tiers("CENTRE DE GESTION 74", Organisme.CDG.reference(), "50", "04"),
            tiers("DGFIP - PRELEVEMENT A LA SOURCE", Organisme.DGFIP.reference(), "20", "07"));

    static ServerProcess server;
    static List<String> nirs = new ArrayList<>();

    @BeforeAll
    static void startServerAndEnterTheAgents() throws IOException {
        Path credits = Files.createTempFile("bp-brizon-", ".csv");
        Files.writeString(credits, "F;D;012;6411;3000000;Personnel\nF;R;731;73111;3000000;Impôts directs locaux\n",
                StandardCharsets.UTF_8);
        Path courts = Files.createTempFile("bp-bonneville-", ".csv");
        Files.writeString(courts, "F;D;012;6411;1000;Personnel\nF;R;731;73111;1000;Impôts directs locaux\n",
                StandardCharsets.UTF_8);
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " gestionnaire Paule Gestionnaire",
                "mutualis:grant gestionnaire 74049 paie",
                "mutualis:grant gestionnaire 74024 paie",
                "mutualis:grant gestionnaire 74042 paie",
                "mutualis:useradd -p " + PASSWORD + " maire Jean Maire",
                "mutualis:grant maire 74049 ordonnateur",
                "mutualis:grant maire 74042 ordonnateur",
                "mutualis:useradd -p " + PASSWORD + " lecteur Luc Lecteur",
                "mutualis:grant lecteur 74049 lecture",
                "mutualis:enable 74049 paie",
                "mutualis:enable 74312 paie",
                "mutualis:enable 74042 paie",
                "mutualis:enable 74049 budget",
                "mutualis:enable 74042 budget",
                "budget:create 74049 00 principal A 074001 21740049800010 123 COMMUNE DE BRIZON - BUDGET PRINCIPAL",
                "budget:import -d 2026-03-30 74049 00 2026 " + credits,
                "budget:create 74042 00 principal A 074003 21740042300018 124 COMMUNE DE BONNEVILLE - BUDGET PRINCIPAL",
                "budget:import -d 2026-03-30 74042 00 2026 " + courts));
        try (ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD)) {
            for (CollectiviteId commune : List.of(BRIZON, BONNEVILLE)) {
                TIERS_PAIE.forEach(t -> maire.service(TiersService.class).enregistrerTiers(commune, t));
            }
        }
        long debut = System.nanoTime();
        try (ServerConnection connexion = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            AgentService agents = connexion.service(AgentService.class);
            for (int i = 1; i <= AGENTS; i++) {
                AgentSaisie saisie = agent(i);
                nirs.add(saisie.nir());
                agents.creerAgent(BRIZON, saisie);
            }
        }
        System.out.printf("PaieRemoteTest: %d agents entered through the remote API in %.1f s%n", AGENTS,
                (System.nanoTime() - debut) / 1e9);
    }

    static Tiers tiers(String nom, String reference, String categorie, String natureJuridique) {
        return new Tiers(nom, null, null, reference, categorie, natureJuridique, null,
                new Adresse("1 PLACE DE LA MAIRIE", null, "74130", "BRIZON"), null, null);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** Grades on the échelles C1, C2, C3 and the indices majorés of their échelons (décret 2016-604, 2024). */
    private static final String[] GRADES = { "ADJ-TECH", "ADJ-ADM-P2", "AGT-SOC-P1" };
    private static final int[][] ECHELLES = { { 366, 367, 368, 369, 370, 371, 372, 373, 376, 377, 387 },
            { 367, 369, 370, 373, 374, 376, 377, 385, 397, 409, 417, 425 },
            { 373, 375, 376, 385, 398, 408, 420, 435, 455, 478 } };

    /** A varied population: C1 to C3 titulaires and stagiaires, contractuels, part time, NBI, children, primes. */
    static AgentSaisie agent(int i) {
        Statut statut = i % 10 == 0 ? Statut.CONTRACTUEL : i % 7 == 0 ? Statut.STAGIAIRE : Statut.TITULAIRE;
        boolean fonctionnaire = statut != Statut.CONTRACTUEL;
        String grade = fonctionnaire ? GRADES[i % 3] : null;
        int[] echelle = ECHELLES[i % 3];
        int echelon = 1 + i % echelle.length;
        int indice = echelle[echelon - 1];
        List<ElementIndemnitaire> primes = List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE",
                BigDecimal.valueOf(100 + i % 300)));
        String nir = nir();
        return new AgentSaisie(String.format("M%04d", i), "AGENT" + i, "Prénom" + i, nir, statut,
                new BigDecimal(i % 11 == 0 ? "20" : "35"), new BigDecimal(i % 4 == 0 ? "0.8" : "1"), grade,
                fonctionnaire ? echelon : 0,
                fonctionnaire ? indice : 380 + i % 100, fonctionnaire && i % 9 == 0 ? 15 : 0,
                ZoneResidence.values()[i % 3], i % 5, primes,
                fonctionnaire && i % 11 != 0 ? CategorieTpp.C : CategorieTpp.AUCUNE,
                i % 6 == 0 ? new BigDecimal("4.5") : null, LocalDate.of(2010 + i % 15, 1 + i % 12, 1),
                new CompteBancaire(PaieVirementsRemoteTest.iban(i), "BNPAFRPP"), naissance(nir),
                fonctionnaire ? "523c" : "524c");
    }

    /** A date of birth consistent with the NIR: year 19yy of its 2nd-3rd digits, month of its 4th-5th, day 15. */
    static LocalDate naissance(String nir) {
        return LocalDate.of(1900 + Integer.parseInt(nir.substring(1, 3)), Integer.parseInt(nir.substring(3, 5)), 15);
    }

    static String nir() {
        String numero = String.format("%d%02d%02d%02d%03d%03d", 1 + RANDOM.nextInt(2), RANDOM.nextInt(100),
                1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(95), 1 + RANDOM.nextInt(999), 1 + RANDOM.nextInt(999));
        return Nir.avecCle(numero);
    }

    @Test
    void fiveHundredAgentsArePaidInOneRunThroughTheRemoteApi() throws Exception {
        try (ServerConnection connexion = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            PaieService paie = connexion.service(PaieService.class);
            long debut = System.nanoTime();
            PaieMois calculee = paie.lancerPaie(BRIZON, JANVIER);
            double secondes = (System.nanoTime() - debut) / 1e9;
            System.out.printf("PaieRemoteTest: payroll of %d agents run through the remote API in %.2f s%n", AGENTS,
                    secondes);

            assertEquals(EtatPaie.BROUILLON, calculee.etat());
            assertEquals(AGENTS, calculee.nombreBulletins());
            List<BulletinResume> bulletins = paie.bulletins(BRIZON, JANVIER);
            assertEquals(AGENTS, bulletins.size());
            assertEquals(calculee.brut(), bulletins.stream().map(BulletinResume::brut)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            JournalPaie journal = paie.journal(BRIZON, JANVIER);
            assertEquals(calculee.coutEmployeur(), journal.articles().stream().map(TotalArticle::montant)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), "the budget articles add up to the employer's cost");
            assertTrue(journal.articles().stream().anyMatch(a -> a.article().equals("6413")),
                    "contractuels, on the M57 abrégée article of Brizon's budget (one chart for journal and mandats)");

            BulletinDetail detail = paie.bulletin(BRIZON, bulletins.get(0).id());
            try (PDDocument pdf = Loader.loadPDF(paie.bulletinPdf(BRIZON, detail.id()))) {
                String texte = new PDFTextStripper().getText(pdf);
                assertTrue(texte.contains("Bulletin de paie") && texte.contains("Net payé"), texte);
                // the agent's own payslip carries his full NIR (grouped as on the carte Vitale), no other agent's
                String chiffres = texte.replace(" ", "");
                assertEquals(1, nirs.stream().filter(chiffres::contains).count(),
                        "the agent's full NIR and no other on his payslip: " + texte);
                assertFalse(texte.contains(detail.situation().nirMasque()), "not masked on his own payslip");
            }
            String csv = paie.journalCsv(BRIZON, JANVIER);
            assertTrue(csv.contains("012;6411;"), csv);
            nirs.forEach(nir -> assertFalse(csv.contains(nir), "no NIR in the journal export"));

            long relance = System.nanoTime();
            assertEquals(AGENTS, paie.lancerPaie(BRIZON, JANVIER).nombreBulletins(), "a re-run replaces the draft");
            System.out.printf("PaieRemoteTest: re-run of %d payslips in %.2f s%n", AGENTS,
                    (System.nanoTime() - relance) / 1e9);
        }
        try (ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD)) {
            PaieMois validee = maire.service(PaieService.class).validerPaie(BRIZON, JANVIER);
            assertEquals(EtatPaie.VALIDEE, validee.etat());
            assertEquals("maire", validee.valideePar());
            assertTrue(validee.comptabilisation().startsWith("8 mandat(s) émis au chapitre 012 du budget principal "
                    + "2026 (n° 1 à 8), "), validee.comptabilisation());

            List<LigneRegistre> mandats = maire.service(ExecutionService.class).registre(BRIZON, "00", 2026,
                    Sens.DEPENSE);
            assertEquals(List.of("PAIE JANVIER 2026 - NETS A PAYER", "PAIE JANVIER 2026 - URSSAF",
                    "PAIE JANVIER 2026 - CNRACL", "PAIE JANVIER 2026 - IRCANTEC", "PAIE JANVIER 2026 - RAFP",
                    "PAIE JANVIER 2026 - CNFPT", "PAIE JANVIER 2026 - CDG", "PAIE JANVIER 2026 - DGFIP"),
                    mandats.stream().map(LigneRegistre::objet).toList());
            assertTrue(mandats.stream().allMatch(m -> m.imputations().startsWith("012 / ")), mandats.toString());
            assertEquals(validee.coutEmployeur(), mandats.stream().map(LigneRegistre::montant)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), "the mandats carry the month's cost to the cent");
        }
        try (ServerConnection connexion = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            DonneeInvalideException verrou = assertThrows(DonneeInvalideException.class,
                    () -> connexion.service(PaieService.class).lancerPaie(BRIZON, JANVIER));
            assertEquals("La paie de janvier 2026 est validée : elle ne peut plus être recalculée. Corrigez-la par une "
                    + "régularisation sur la paie d'un mois suivant.", verrou.getMessage());
        }
    }

    @Test
    void aValidationIsRefusedAsAWholeWhenTheBudgetLacksCredits() {
        try (ServerConnection connexion = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            connexion.service(AgentService.class).creerAgent(BONNEVILLE, agent(1));
            connexion.service(AgentService.class).creerAgent(BONNEVILLE, agent(2));
            connexion.service(PaieService.class).lancerPaie(BONNEVILLE, JANVIER);
        }
        try (ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD)) {
            DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                    () -> maire.service(PaieService.class).validerPaie(BONNEVILLE, JANVIER));
            assertTrue(e.getMessage().contains("Crédits insuffisants au chapitre 012"), e.getMessage());
            assertEquals(EtatPaie.BROUILLON, maire.service(PaieService.class).etatPaie(BONNEVILLE, JANVIER).etat(),
                    "nothing was validated");
            assertEquals(List.of(), maire.service(ExecutionService.class).registre(BONNEVILLE, "00", 2026,
                    Sens.DEPENSE), "and no mandat was issued");
        }
    }

    @Test
    void theNirReachesOnlyThePayrollRoleInClear() {
        try (ServerConnection paie = ServerConnection.open(server.address(), "gestionnaire", PASSWORD);
                ServerConnection lecteur = ServerConnection.open(server.address(), "lecteur", PASSWORD)) {
            Agent enClair = paie.service(AgentService.class).agents(BRIZON).stream()
                    .filter(a -> a.donnees().matricule().equals("M0001")).findFirst().orElseThrow();
            Agent masque = lecteur.service(AgentService.class).agents(BRIZON).stream()
                    .filter(a -> a.donnees().matricule().equals("M0001")).findFirst().orElseThrow();

            assertEquals(nirs.get(0), enClair.donnees().nir());
            assertFalse(enClair.nirMasque());
            String nir = nirs.get(0);
            assertEquals(nir.charAt(0) + " " + nir.substring(1, 3) + " ** ** *** *** **", masque.donnees().nir());
            assertTrue(masque.nirMasque());
            assertEquals(AGENTS, lecteur.service(AgentService.class).agents(BRIZON).stream()
                    .filter(Agent::nirMasque).count());
            AccesRefuseException e = assertThrows(AccesRefuseException.class,
                    () -> lecteur.service(PaieService.class).bulletins(BRIZON, JANVIER));
            assertEquals("Accès refusé : cette opération demande l'un des rôles Paie, Ordonnateur / validation sur la "
                    + "collectivité 74049.", e.getMessage());
        }
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        try (ServerConnection connexion = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            AgentService agents = connexion.service(AgentService.class);
            AgentSaisie bon = agent(AGENTS + 1);
            String nir = bon.nir();
            String mauvaiseCle = nir.substring(0, 13) + String.format("%02d", Integer.parseInt(nir.substring(13)) % 97
                    + 1);
            assertEquals(List.of("NIR invalide : la clé (deux derniers chiffres) ne correspond pas au numéro. Vérifiez "
                    + "la saisie."), assertThrows(DonneeInvalideException.class,
                            () -> agents.creerAgent(BRIZON, bon.avecNir(mauvaiseCle))).erreurs());
            AgentSaisie horsGrille = new AgentSaisie("X0001", "HORS", "Grille", nir(), Statut.TITULAIRE,
                    new BigDecimal("35"), new BigDecimal("1.5"), "C1", 1, 500, 0, ZoneResidence.ZONE_3, 0, List.of(),
                    CategorieTpp.C, null, LocalDate.of(2020, 1, 1));
            assertEquals(List.of("Quotité de travail invalide : 1.5. Attendu : un nombre dans ]0 ; 1], par exemple 0.8 "
                    + "pour un temps partiel à 80 %."), assertThrows(DonneeInvalideException.class,
                            () -> agents.creerAgent(BRIZON, horsGrille)).erreurs());
            String refus = assertThrows(DonneeInvalideException.class, () -> agents.creerAgent(BRIZON,
                    new AgentSaisie("X0001", "HORS", "Grille", nir(), Statut.TITULAIRE, new BigDecimal("35"),
                            BigDecimal.ONE, "C1", 1, 500, 0, ZoneResidence.ZONE_3, 0, List.of(), CategorieTpp.C,
                            null, LocalDate.of(2020, 1, 1)))).getMessage();
            assertTrue(refus.startsWith("Indice majoré 500 incohérent avec l'échelon 1 du grade C1 "), refus);
            assertTrue(refus.endsWith(" : l'indice majoré de cet échelon est 366 (grille C1 en vigueur depuis le "
                    + "2024-01-01)."), refus);

            // the grades the agent form offers, with their grid, over the remote layer
            GradeGrille adjoint = connexion.service(GradeService.class).grades(BRIZON, LocalDate.of(2026, 1, 1))
                    .stream().filter(g -> g.code().equals("ADJ-ADM-P2")).findFirst().orElseThrow();
            assertEquals("Adjoint administratif principal de 2e classe", adjoint.libelle());
            assertEquals(370, adjoint.indiceMajore(3));

            PaieService paie = connexion.service(PaieService.class);
            List<String> manquant = assertThrows(DonneeInvalideException.class,
                    () -> paie.lancerPaie(BRIZON, YearMonth.of(2019, 12))).erreurs();
            assertTrue(manquant.contains("  - Paramètre manquant pour 2019-12 : valeur du point d'indice"),
                    manquant.toString());
            assertEquals(AGENTS, agents.agents(BRIZON).size(), "nothing was written");
        }
    }

    @Test
    void anotherCommuneAndADisabledModuleAreRefused() {
        try (ServerConnection connexion = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            AccesRefuseException autre = assertThrows(AccesRefuseException.class,
                    () -> connexion.service(AgentService.class).agents(VOUGY));
            assertEquals("Accès refusé : vous n'êtes pas habilité(e) pour la collectivité 74312.", autre.getMessage());
            AccesRefuseException module = assertThrows(AccesRefuseException.class,
                    () -> connexion.service(PaieService.class).lancerPaie(AYSE, JANVIER));
            assertEquals("Accès refusé : le module « Paie (fonction publique territoriale) » n'est pas activé pour la "
                    + "collectivité 74024.", module.getMessage());
        }
        try (ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD)) {
            AccesRefuseException role = assertThrows(AccesRefuseException.class,
                    () -> maire.service(PaieService.class).lancerPaie(BRIZON, JANVIER.plusMonths(1)));
            assertEquals("Accès refusé : cette opération demande l'un des rôles Paie sur la collectivité 74049.",
                    role.getMessage());
        }
    }
}
