package fr.mutualis.payroll.server.tests;

import static fr.mutualis.payroll.server.tests.Fixtures.agents;
import static fr.mutualis.payroll.server.tests.Fixtures.enPaie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.Agent;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.ImportAgentsService;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.testing.OsgiServices;

/**
 * Agents in bulk (issue 15, item 7): a CSV file imported all or nothing, every problem reported with its line and
 * column in French, the agents of the collectivity exactly as they were after a refusal; 10,000 agents in seconds.
 */
class ImportAgentsTest {

    static final String ENTETE = "matricule;nom;prenom;nir;statut;heures_hebdo;quotite;grade;echelon;indice_majore;"
            + "points_nbi;zone_residence;enfants;categorie_tpp;taux_pas;date_entree;ifse;cia\n";

    @TempDir
    Path dossier;

    static ImportAgentsService importation() {
        return OsgiServices.service(ImportAgentsService.class);
    }

    static String ligne(String matricule, String nom, String nir) {
        return matricule + ";" + nom + ";Camille;" + nir + ";titulaire;35;1;C2;10;409;15;3;2;C;;01/01/2020;250;\n";
    }

    private static long nombreAgents(CollectiviteId c) {
        return Fixtures.compter("SELECT COUNT(*) FROM paie_agent WHERE collectivite = ?", c.code());
    }

    @Test
    void aGoodFileCreatesEveryAgentAsEnteredOneByOneWould() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        String nir1 = Fixtures.nir();
        String nir2 = Fixtures.nir();
        String nir3 = Fixtures.nir();
        String csv = "\uFEFF# agents fictifs\n" + ENTETE + ligne("A0001", "DUPONT", nir1)
                + "B-02;\"MARTIN; épouse LEROY\";Zoé;" + nir2.substring(0, 1) + " " + nir2.substring(1)
                + ";contractuel;17,5;80 %;;;382;;zone 1;;;4,5;2024-09-01;;\n"
                + "c3;Łukaszewska;Anna;" + nir3 + ";Stagiaire;35;0,5;C1;1;366;;2;1;c;;15/03/2025;100,50;30\n";

        assertEquals(3, enPaie(c, () -> importation().importerAgents(c, csv)));

        List<Agent> liste = enPaie(c, () -> agents().agents(c));
        assertEquals(3, liste.size());
        AgentSaisie dupont = trouver(liste, "A0001");
        assertEquals(Fixtures.exemple("A0001", nir1).elementsIndemnitaires(), dupont.elementsIndemnitaires());
        assertEquals(nir1, dupont.nir());
        assertEquals(409, dupont.indiceMajore());
        assertEquals(15, dupont.pointsNbi());
        AgentSaisie martin = trouver(liste, "B-02");
        assertEquals("MARTIN; épouse LEROY", martin.nom());
        assertEquals(nir2, martin.nir());
        assertEquals(Statut.CONTRACTUEL, martin.statut());
        assertEquals(0, new BigDecimal("0.8").compareTo(martin.quotite()));
        assertEquals(0, new BigDecimal("17.5").compareTo(martin.heuresHebdomadairesPoste()));
        assertEquals(0, new BigDecimal("4.5").compareTo(martin.tauxPasPersonnel()));
        assertEquals(ZoneResidence.ZONE_1, martin.zoneResidence());
        AgentSaisie anna = trouver(liste, "c3");
        assertEquals(List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal("100.50")),
                new ElementIndemnitaire(NatureElement.CIA, "CIA", new BigDecimal("30.00"))),
                anna.elementsIndemnitaires());
        assertEquals(1, Fixtures.compter("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? AND operation = "
                + "'paie.agent.importer'", c.code()));
        // the imported agents are paid like the others
        enPaie(c, () -> Fixtures.paie().lancerPaie(c, java.time.YearMonth.of(2026, 1)));
    }

    @Test
    void theSampleFileOfTheDocumentationImports() throws IOException {
        Path exemple = Path.of("..", "..", "docs", "exemples", "agents.csv");
        CollectiviteId c = Fixtures.nouvelleCommune();
        int nombre = enPaie(c, () -> importation().importerAgents(c, lire(exemple)));
        assertTrue(nombre >= 5, "the sample holds several agents: " + nombre);
        assertEquals(nombre, nombreAgents(c));
    }

    @Test
    void badLinesRefuseTheWholeFileLineByLineAndNothingIsWritten() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        enPaie(c, () -> agents().creerAgent(c, Fixtures.exemple("A0001", Fixtures.nir())));
        String bonNir = Fixtures.nir();
        String mauvaiseCle = bonNir.substring(0, 13) + String.format("%02d", (Integer.parseInt(bonNir.substring(13))
                + 1) % 100);
        String csv = ENTETE + ligne("B0001", "BON", Fixtures.nir())                  // line 2: good
                + ligne("B0002", "CLE", mauvaiseCle)                                   // line 3: NIR key
                + "B0003;STATUT;Jean;" + Fixtures.nir() + ";vacataire;35;1;C2;10;409;0;3;0;C;;01/01/2020;;\n"
                + "B0004;QUOTITE;Jean;" + Fixtures.nir() + ";titulaire;35;1,5;C2;10;409;0;3;0;C;;01/01/2020;;\n"
                + "B0005;DATE;Jean;" + Fixtures.nir() + ";titulaire;35;1;C2;10;409;0;3;0;C;;31/02/2020;;\n"
                + "B0006;CHAMPS;Jean\n"                                                // line 7: 3 fields
                + "B0007;\"=HYPERLINK(\"\"http://x.example\"\";\"\"clic\"\")\";Jean;" + Fixtures.nir()
                + ";titulaire;35;1;C2;10;409;0;3;0;C;;01/01/2020;;\n"                  // line 8: formula
                + "B0008;ECHELON;Jean;" + Fixtures.nir() + ";titulaire;35;1;C2;99;400;0;3;0;C;;01/01/2020;;\n"
                + "B0009;NBI;Jean;" + Fixtures.nir() + ";contractuel;35;1;;;400;10;3;0;;;01/01/2020;;\n";

        DonneeInvalideException refus = assertThrows(DonneeInvalideException.class,
                () -> enPaie(c, () -> importation().importerAgents(c, csv)));

        List<String> erreurs = refus.erreurs();
        assertEquals("Import refusé, aucun agent n'a été créé : 8 problème(s) dans le fichier.", erreurs.get(0));
        assertEquals(List.of(
                "Ligne 3, colonne « nir » : NIR invalide : la clé (deux derniers chiffres) ne correspond pas au "
                        + "numéro. Vérifiez la saisie.",
                "Ligne 4, colonne « statut » : « vacataire » inconnu : titulaire, stagiaire ou contractuel.",
                "Ligne 5, colonne « quotite » : Quotité de travail invalide : 1.5. Attendu : un nombre dans ]0 ; 1], "
                        + "par exemple 0.8 pour un temps partiel à 80 %.",
                "Ligne 6, colonne « date_entree » : « 31/02/2020 » n'est pas une date (JJ/MM/AAAA, par exemple "
                        + "01/09/2024).",
                "Ligne 7 : 3 champ(s) au lieu de 18 (autant que de colonnes dans l'en-tête) : « B0006;CHAMPS;Jean ».",
                "Ligne 8, colonne « nom » : « =HYPERLINK(\"http://x.example\";\"clic\") » commence par = comme une "
                        + "formule de tableur : refusé (aucun nom, prénom ou matricule ne commence ainsi).",
                "Ligne 10, colonne « points_nbi » : La NBI est réservée aux fonctionnaires : un agent contractuel ne "
                        + "peut pas en bénéficier."), erreurs.subList(1, erreurs.size()).stream()
                                .filter(e -> !e.startsWith("Ligne 9,")).toList());
        String echelon = erreurs.get(7); // the grid's name (the named grades' list) sits between the two
        assertTrue(echelon.startsWith("Ligne 9, colonne « echelon » : Échelon 99 inconnu dans la grille du grade C2 "
                + "(Échelle C2 de la catégorie C") && echelon.endsWith(", échelons 1 à 12)."), echelon);
        assertEquals(1, nombreAgents(c), "nothing written: the agent entered before is alone");
    }

    @Test
    void bankAccountsAreImportedEncryptedAndABadOneRefusesTheFile() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        String entete = ENTETE.strip() + ";iban;bic\n";
        String base = "titulaire;35;1;C2;10;409;0;3;0;C;;01/01/2020;;";
        String nir1 = Fixtures.nir();
        String mauvais = entete
                + "A0001;DUPONT;Jean;" + nir1 + ";" + base + ";fr76 3000 4000 0312 3456 7890 143;bnpafrpp\n"
                + "A0002;SANSCOMPTE;Jean;" + Fixtures.nir() + ";" + base + ";;\n"
                + "A0003;CLE;Jean;" + Fixtures.nir() + ";" + base + ";FR7630004000031234567890144;BNPAFRPP\n"
                + "A0004;SANSBIC;Jean;" + Fixtures.nir() + ";" + base + ";FR1420041010050500013M02606;\n";

        List<String> erreurs = assertThrows(DonneeInvalideException.class,
                () -> enPaie(c, () -> importation().importerAgents(c, mauvais))).erreurs();
        assertEquals(List.of("Import refusé, aucun agent n'a été créé : 2 problème(s) dans le fichier.",
                "Ligne 4, colonne « iban » : IBAN invalide : la clé de contrôle (3e et 4e caractères) ne correspond "
                        + "pas au numéro. Vérifiez la saisie sur le relevé d'identité bancaire.",
                "Ligne 5, colonne « bic » : BIC manquant : 8 ou 11 caractères (par exemple BNPAFRPP ou "
                        + "BNPAFRPPXXX)."), erreurs);
        assertTrue(erreurs.stream().noneMatch(e -> e.contains("3000400003")), "a refusal never repeats an IBAN");
        assertEquals(0, nombreAgents(c), "nothing written");

        String bon = entete + "A0001;DUPONT;Jean;" + nir1 + ";" + base + ";fr76 3000 4000 0312 3456 7890 143;"
                + "bnpafrpp\n" + "A0002;SANSCOMPTE;Jean;" + Fixtures.nir() + ";" + base + ";;\n";
        assertEquals(2, enPaie(c, () -> importation().importerAgents(c, bon)));
        List<Agent> liste = enPaie(c, () -> agents().agents(c));
        assertEquals(new fr.mutualis.payroll.api.CompteBancaire("FR7630004000031234567890143", "BNPAFRPP"),
                trouver(liste, "A0001").compteBancaire());
        assertEquals(null, trouver(liste, "A0002").compteBancaire());
        String chiffre = (String) Fixtures.sql("SELECT iban_chiffre FROM paie_agent WHERE collectivite = ? AND "
                + "matricule = 'A0001'", c.code()).get(0)[0];
        assertTrue(chiffre.startsWith("v1:") && !chiffre.contains("3000400003"), "stored encrypted: " + chiffre);
    }

    @Test
    void duplicateNirsAndMatriculesInTheFileOrAlreadyRecordedAreRefused() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        String existant = Fixtures.nir();
        enPaie(c, () -> agents().creerAgent(c, Fixtures.exemple("A0001", existant)));
        String double_ = Fixtures.nir();
        String csv = ENTETE + ligne("B0001", "PREMIER", double_) + ligne("B0002", "SECOND", double_)
                + ligne("b0001", "MEME-MATRICULE", Fixtures.nir()) + ligne("B0004", "DEJA", existant)
                + ligne("a0001", "MATRICULE-PRIS", Fixtures.nir());

        List<String> erreurs = assertThrows(DonneeInvalideException.class,
                () -> enPaie(c, () -> importation().importerAgents(c, csv))).erreurs();

        assertEquals(List.of("Import refusé, aucun agent n'a été créé : 4 problème(s) dans le fichier.",
                "Ligne 3, colonne « nir » : ce NIR est déjà celui de la ligne 2 : un agent n'a qu'une fiche par "
                        + "employeur.",
                "Ligne 4, colonne « matricule » : le matricule b0001 est déjà celui de la ligne 2.",
                "Ligne 5, colonne « nir » : ce NIR est déjà celui de A0001 — EXEMPLE Domaine dans cette "
                        + "collectivité : un agent n'a qu'une fiche par employeur.",
                "Ligne 6, colonne « matricule » : le matricule A0001 est déjà celui de A0001 — EXEMPLE Domaine."),
                erreurs);
        assertEquals(1, nombreAgents(c));
    }

    @Test
    void aBrokenHeaderOrAnEmptyFileIsRefusedWithWhatIsExpected() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        List<String> erreurs = assertThrows(DonneeInvalideException.class, () -> enPaie(c,
                () -> importation().importerAgents(c, "matricule;nom;prénom;nir\nA1;B;C;D\n"))).erreurs();
        assertTrue(erreurs.get(1).equals("Ligne 1 (en-tête) : colonne « prénom » inconnue. Colonnes possibles : "
                + "matricule, nom, prenom, nir, statut, heures_hebdo, quotite, grade, echelon, indice_majore, "
                + "points_nbi, zone_residence, enfants, categorie_tpp, taux_pas, date_entree, ifse, cia, "
                + "participation_prevoyance, participation_sante, date_naissance, pcs_ese, iban, bic."), erreurs
                        .toString());
        assertTrue(erreurs.contains("Ligne 1 (en-tête) : colonne obligatoire « statut » absente (titulaire, "
                + "stagiaire ou contractuel)."), erreurs.toString());
        assertEquals("Le fichier ne contient aucun agent (seulement la ligne d'en-tête).", assertThrows(
                DonneeInvalideException.class, () -> enPaie(c, () -> importation().importerAgents(c, ENTETE)))
                .erreurs().get(1));
        assertEquals(0, nombreAgents(c));
    }

    @Test
    void theConsoleImportsAFileAndReportsAProblemWithItsLine() throws IOException {
        CollectiviteId c = Fixtures.nouvelleCommune();
        Path bon = dossier.resolve("agents.csv");
        Files.writeString(bon, ENTETE + ligne("A0001", "DUPONT", Fixtures.nir()), StandardCharsets.UTF_8);
        String sortie = Gogo.ok("paie:import " + c + " " + bon);
        assertTrue(sortie.matches("1 agent\\(s\\) importé\\(s\\) dans la collectivité " + c + " en \\d+,\\d s\\."),
                sortie);
        Path mauvais = dossier.resolve("mauvais.csv");
        Files.writeString(mauvais, ENTETE + ligne("A0002", "DURAND", "123"), StandardCharsets.UTF_8);
        Gogo.refus("paie:import " + c + " " + mauvais, "Import refusé, aucun agent n'a été créé : 1 problème(s) dans "
                + "le fichier.\nLigne 2, colonne « nir » : NIR invalide : 15 caractères attendus (13 pour le "
                + "numéro, 2 pour la clé), 3 saisi(s).");
        assertEquals(1, nombreAgents(c));
    }

    /** 10,000 agents in one file: seconds, not minutes (the figure is logged; the benchmark measures it too). */
    @Test
    void tenThousandAgentsImportInSeconds() {
        CollectiviteId c = Fixtures.nouvelleCommune();
        StringBuilder csv = new StringBuilder(ENTETE);
        Set<String> nirs = new HashSet<>();
        for (int i = 1; i <= 10_000; i++) {
            String nir;
            do {
                nir = Fixtures.nir();
            } while (!nirs.add(nir));
            csv.append(String.format(Locale.ROOT, "M%05d;AGENT%d;Prénom;%s;titulaire;35;%s;C%d;1;%d;0;%d;%d;C;;"
                    + "01/01/2020;%d;\n", i, i, nir, i % 4 == 0 ? "0,8" : "1", 1 + i % 3, new int[] { 366, 367, 373 }[
                            i % 3], 1 + i % 3, i % 3, 100 + i % 200));
        }
        long debut = System.nanoTime();
        assertEquals(10_000, enPaie(c, () -> importation().importerAgents(c, csv.toString())));
        double secondes = (System.nanoTime() - debut) / 1e9;
        System.out.printf(Locale.ROOT, "IMPORT 10000 agents: %.2f s%n", secondes);
        assertEquals(10_000, nombreAgents(c));
        assertEquals(10_000, Fixtures.compter("SELECT COUNT(*) FROM paie_element_indemnitaire e JOIN paie_agent a "
                + "ON a.id = e.agent_id WHERE a.collectivite = ?", c.code()));
        assertTrue(secondes < 60, "10,000 agents in " + secondes + " s");
    }

    private static AgentSaisie trouver(List<Agent> liste, String matricule) {
        return liste.stream().map(Agent::donnees).filter(a -> a.matricule().equals(matricule)).findFirst()
                .orElseThrow();
    }

    private static String lire(Path chemin) {
        try {
            return Files.readString(chemin, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
