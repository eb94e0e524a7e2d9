package fr.mutualis.client.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Nir;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * The payroll module in the client, against the server product: the payroll officer of a commune of 500 agents
 * sees the list (NIRs in clear for her role), is told every problem of a bad form at once, adds an agent, runs the
 * month's payroll (a job with a progress bar) and reads a payslip laid out as its PDF. Independent of the other UI
 * tests: it logs in through {@link Ui#login}, whatever session the shared workbench holds.
 */
class PaieUiTest {

    static final String PASSWORD = "paie-ui-2026";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final int AGENTS = 500;
    /** Indices majorés of the échelons of the échelle C2 (décret 2016-604, 2024), for adjoints principaux 2e classe. */
    static final int[] C2 = { 367, 369, 370, 373, 374, 376, 377, 385, 397, 409, 417, 425 };

    static ServerProcess server;

    @BeforeAll
    static void startServerWithFiveHundredAgents() {
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " gestionnaire.paie Paule Gestionnaire",
                "mutualis:grant gestionnaire.paie 74049 paie ordonnateur",
                "mutualis:enable 74049 paie"));
        Random random = new Random(74049);
        try (ServerConnection connexion = ServerConnection.open(server.address(), "gestionnaire.paie", PASSWORD)) {
            AgentService agents = connexion.service(AgentService.class);
            for (int i = 1; i <= AGENTS; i++) {
                agents.creerAgent(BRIZON, new AgentSaisie(String.format("A%04d", i), "AGENT" + i, "Prénom", nir(random),
                        i % 10 == 0 ? Statut.CONTRACTUEL : Statut.TITULAIRE, new BigDecimal("35"),
                        new BigDecimal(i % 4 == 0 ? "0.8" : "1"), i % 10 == 0 ? null : "ADJ-ADM-P2",
                        i % 10 == 0 ? 0 : 1 + i % C2.length,
                        i % 10 == 0 ? 370 + i % 50 : C2[i % C2.length], 0, ZoneResidence.ZONE_2, i % 4,
                        List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", BigDecimal.valueOf(150))),
                        i % 10 == 0 ? CategorieTpp.AUCUNE : CategorieTpp.C, null, LocalDate.of(2018, 1, 1)));
            }
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static String nir(Random random) {
        String numero = String.format("%d%02d%02d%02d%03d%03d", 1 + random.nextInt(2), random.nextInt(100),
                1 + random.nextInt(12), 1 + random.nextInt(95), 1 + random.nextInt(999), 1 + random.nextInt(999));
        return Nir.avecCle(numero);
    }

    @Test
    void agentsFormValidationPayrollRunAndPayslip() throws Exception {
        try {
            parcours();
        } catch (AssertionError | RuntimeException e) {
            Ui.screenshot("paie-echec");
            throw e;
        }
    }

    private void parcours() throws Exception {
        Ui.login(server.address(), "gestionnaire.paie", PASSWORD);
        Combo switcher = Ui.find("collectivite.switcher", Combo.class);
        Ui.select(switcher, "Brizon (74049)");

        // The agents list of the commune
        Ui.tab("Agents");
        Table agents = Ui.find("paie.agents.table", Table.class);
        Ui.waitFor("the 500 agents", () -> agents.getItemCount() == AGENTS);
        assertEquals(AGENTS + " agent(s)", Ui.text(Ui.find("paie.agents.nombre", Label.class)));
        List<String> premier = Ui.rows(agents).get(0);
        assertTrue(premier.get(3).matches("[12] \\d{2} \\*\\* \\*\\* \\*{3} \\*{3} \\*\\*"),
                "the NIR is masked in the list: " + premier);
        Ui.screenshot("paie-agents");
        assertEquals(List.of(), Ui.cutControls(), "the agents part usable at the default window size");

        // A bad form is refused with every problem at once, before anything is sent
        Ui.click(Ui.find("paie.agents.nouveau", Button.class));
        Ui.type(Ui.find("paie.agent.matricule", Text.class), "N0001");
        Ui.type(Ui.find("paie.agent.nom", Text.class), "NOUVELLE");
        Ui.type(Ui.find("paie.agent.prenom", Text.class), "Recrue");
        Ui.type(Ui.find("paie.agent.nir", Text.class), "2 69 05 49 588 157 81");
        Ui.type(Ui.find("paie.agent.quotite", Text.class), "1,5");
        // the grades are offered by name, and a grade with its échelon fills in the échelon's indice majoré
        Combo grade = Ui.find("paie.agent.grade", Combo.class);
        Ui.waitFor("the grades from the server", () -> grade.getItemCount() > 0);
        Ui.select(grade, "Adjoint administratif (ADJ-ADM)");
        Ui.type(Ui.find("paie.agent.echelon", Text.class), "2");
        assertEquals("367", Ui.sync(Ui.find("paie.agent.indice", Text.class)::getText));
        Ui.type(Ui.find("paie.agent.entree", Text.class), "01/09/2026");
        Ui.click(Ui.find("paie.agent.enregistrer", Button.class));
        Text erreurs = Ui.find("paie.agent.erreurs", Text.class);
        Ui.waitFor("the problems of the form", () -> erreurs.getText().contains("NIR invalide"));
        assertEquals("NIR invalide : la clé (deux derniers chiffres) ne correspond pas au numéro. Vérifiez la saisie.\n"
                + "Quotité de travail invalide : 1.5. Attendu : un nombre dans ]0 ; 1], par exemple 0.8 pour un temps "
                + "partiel à 80 %.", Ui.sync(erreurs::getText));
        Ui.screenshot("paie-agent-refuse");

        // The server checks the grade grid
        Ui.type(Ui.find("paie.agent.nir", Text.class), "2 69 05 49 588 157 80");
        Ui.type(Ui.find("paie.agent.quotite", Text.class), "1");
        Ui.type(Ui.find("paie.agent.indice", Text.class), "400");
        Ui.click(Ui.find("paie.agent.enregistrer", Button.class));
        Ui.waitFor("the server's refusal", () -> erreurs.getText().startsWith("Indice majoré 400 incohérent avec "
                + "l'échelon 2 du grade ADJ-ADM (Adjoint administratif) en "));
        String refus = Ui.sync(erreurs::getText);
        assertTrue(refus.contains("l'indice majoré de cet échelon est 367"), refus);

        Ui.type(Ui.find("paie.agent.indice", Text.class), "367");
        // the employer's participations to the protection sociale complémentaire, entered in the form
        Ui.type(Ui.find("paie.agent.participation.prevoyance", Text.class), "7");
        Ui.type(Ui.find("paie.agent.participation.sante", Text.class), "15");
        Ui.click(Ui.find("paie.agent.enregistrer", Button.class));
        Ui.waitFor("the new agent in the list", () -> agents.getItemCount() == AGENTS + 1);

        // Its absences, from the form: a wrong date is refused before anything is sent, then a sick leave is stored
        org.eclipse.swt.widgets.List absences = Ui.find("paie.absences.liste", org.eclipse.swt.widgets.List.class);
        Ui.waitFor("the agent's absences (none yet)", () -> List.of(absences.getItems())
                .equals(List.of("(aucune absence saisie)")));
        Text messageAbsence = Ui.find("paie.absences.message", Text.class);
        Ui.type(Ui.find("paie.absences.debut", Text.class), "32/10/2026");
        Ui.click(Ui.find("paie.absences.ajouter", Button.class));
        Ui.waitFor("the refused date", () -> messageAbsence.getText().equals(
                "Premier jour : date attendue au format JJ/MM/AAAA, « 32/10/2026 » saisi."));
        Ui.type(Ui.find("paie.absences.debut", Text.class), "05/10/2026");
        Ui.type(Ui.find("paie.absences.fin", Text.class), "06/10/2026");
        Ui.click(Ui.find("paie.absences.ajouter", Button.class));
        Ui.waitFor("the sick leave in the list", () -> List.of(absences.getItems()).equals(List.of(
                "maladie ordinaire du 05/10/2026 au 06/10/2026 (2 j), jour de carence")));
        assertTrue(Ui.sync(messageAbsence::getText).startsWith("Absence enregistrée : maladie ordinaire"));
        Ui.screenshot("paie-agent-absences");
        assertEquals(List.of(), Ui.cutControls(), "the agent form with its absences usable at the default size");

        // Lancer la paie: a job with a progress bar, then the payslips of the month
        Ui.tab("Paie du mois");
        Ui.type(Ui.find("paie.mois", Text.class), "2026-10");
        Ui.click(Ui.find("paie.afficher", Button.class));
        Label etat = Ui.find("paie.etat", Label.class);
        Ui.waitFor("the month not run yet", () -> etat.getText().contains("non calculée"));
        ProgressBar barre = Ui.find("paie.progression", ProgressBar.class);
        long debut = System.nanoTime();
        Ui.click(Ui.find("paie.lancer", Button.class));
        Table bulletins = Ui.find("paie.bulletins.table", Table.class);
        Ui.waitFor("the payslips of October", () -> bulletins.getItemCount() == AGENTS + 1);
        System.out.printf("PaieUiTest: payroll of %d agents run from the client in %.2f s%n", AGENTS + 1,
                (System.nanoTime() - debut) / 1e9);
        assertEquals((int) Ui.sync(barre::getMaximum), (int) Ui.sync(barre::getSelection), "the progress bar is full");
        assertTrue(Ui.text(etat).startsWith("Paie d'octobre 2026 : brouillon — " + (AGENTS + 1)
                + " bulletin(s), brut "), Ui.text(etat));
        Ui.screenshot("paie-lancee");
        assertEquals(List.of(), Ui.cutControls(), "the payroll part usable at the default window size");
        // the DSN is produced for a validated month only: a draft is refused with the reason, nothing asked
        Ui.click(Ui.find("paie.dsn", Button.class));
        Ui.waitFor("the DSN refused for a draft", () -> etat.getText().startsWith(
                "La DSN se produit pour une paie validée : affichez la paie d'octobre 2026"));

        // The payslip as printed
        Ui.sync(() -> {
            bulletins.setSelection(0);
            bulletins.notifyListeners(SWT.Selection, selection(bulletins));
            return null;
        });
        Label titre = Ui.find("paie.bulletin.titre", Label.class);
        Ui.waitFor("the payslip", () -> titre.getText().equals("Bulletin de paie — octobre 2026"));
        Table lignes = Ui.find("paie.bulletin.lignes", Table.class);
        List<List<String>> rangees = Ui.rows(lignes);
        assertEquals("Éléments de rémunération", rangees.get(0).get(0));
        assertEquals("Net payé", rangees.get(rangees.size() - 1).get(0));
        Ui.waitForText("conservez ce bulletin de paie sans limitation de durée");
        Ui.waitForText("Cumul brut"); // the complete payslip: year-to-date totals beside the month's figures
        int[] largeurs = Ui.sync(() -> Arrays.stream(lignes.getColumns()).mapToInt(c -> c.getWidth())
                .toArray());
        int visible = Ui.sync(() -> lignes.getClientArea().width);
        assertTrue(Arrays.stream(largeurs).sum() <= visible && largeurs[0] >= 240,
                "every column of the payslip in view, the rubriques' the widest: " + Arrays.toString(largeurs)
                        + " in " + visible + " px");
        Path bulletin = Ui.screenshot("paie-bulletin");
        assertTrue(Files.size(bulletin) > 10_000, "screenshot written: " + bulletin);
    }

    private static Event selection(Table table) {
        Event event = new Event();
        event.item = table.getItem(0);
        return event;
    }
}
