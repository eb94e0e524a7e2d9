package fr.mutualis.client.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.client.Formulaire;
import fr.mutualis.client.ImpressionListe;
import fr.mutualis.client.Liste;
import fr.mutualis.core.api.FormatMontant;

/**
 * The one list of the client (every table of the budget, payroll and urbanism parts) and the keyboard of the forms,
 * driven in a window of their own: columns sorted by a click on their header (French collation for texts, numbers
 * for amounts, a second click reverses), the filter (accents and case ignored) and the totals of the lines shown, the
 * CSV written as a French spreadsheet reads it (byte order mark, {@code ;}, amounts as numbers with a decimal comma,
 * a formula never evaluated) and the PDF print; Enter submits a form, Esc clears it, and an untouched form shows no
 * error.
 */
class ListeUiTest {

    record Facture(String fournisseur, String ville, BigDecimal montant) {
    }

    static final List<Facture> FACTURES = List.of(
            new Facture("Quincaillerie Martin", "Brizon", new BigDecimal("10.00")),
            new Facture("=HYPERLINK(\"http://exemple.invalid\";\"Cliquez\")", "Vougy", new BigDecimal("1234.56")),
            new Facture("Éole énergies", "Saxel", new BigDecimal("-5.50")),
            new Facture("abbaye de Sixt", "Sixt-Fer-à-Cheval", new BigDecimal("200.00")));

    Shell shell;
    Liste<Facture> liste;

    @BeforeEach
    void ouvrir() {
        liste = Ui.sync(() -> {
            shell = new Shell(Ui.display());
            shell.setText("Liste de test");
            shell.setLayout(new GridLayout(1, false));
            Liste<Facture> l = new Liste<Facture>(shell, SWT.SINGLE, "test.factures").titre("Factures de test")
                    .colonne("Fournisseur", 260, Facture::fournisseur)
                    .colonne("Ville", 160, Facture::ville)
                    .montant("Montant", 120, Facture::montant);
            l.afficher(FACTURES);
            shell.setSize(900, 400);
            shell.open();
            return l;
        });
    }

    @AfterEach
    void fermer() {
        Ui.sync(() -> {
            shell.dispose();
            return null;
        });
    }

    @Test
    void sortsFiltersTotalsExportsAndPrintsTheLinesShown() throws Exception {
        Table table = Ui.find("test.factures", Table.class);
        Label total = Ui.find("test.factures.total", Label.class);
        assertEquals("4 lignes — total montant : " + euros("1439.06"), Ui.text(total));

        trier(table, 0);
        assertEquals(List.of("=HYPERLINK(\"http://exemple.invalid\";\"Cliquez\")", "abbaye de Sixt",
                "Éole énergies", "Quincaillerie Martin"), colonne(table, 0), "French collation: É with E, a with A");
        trier(table, 0);
        assertEquals("Quincaillerie Martin", colonne(table, 0).get(0), "a second click reverses");
        trier(table, 2);
        assertEquals(List.of(euros("-5.50"), euros("10.00"), euros("200.00"), euros("1234.56")), colonne(table, 2),
                "amounts sorted as numbers, not as texts");

        Text filtre = Ui.find("test.factures.filtre", Text.class);
        Ui.type(filtre, "EOLE");
        Ui.waitFor("the filter, accents and case ignored", () -> table.getItemCount() == 1);
        assertEquals("1 ligne sur 4 — total montant : " + euros("-5.50"), Ui.text(total));
        Ui.type(filtre, "n");
        Ui.waitFor("three lines with an n", () -> table.getItemCount() == 3);
        Ui.screenshot("h14-liste-filtre");

        // The CSV: the lines shown, in the order shown; a formula is written as text, a negative amount as a number
        Path csv = Files.createTempDirectory("liste-").resolve("factures.csv");
        Ui.sync(() -> {
            liste.exporterCsv(csv);
            return null;
        });
        byte[] octets = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(octets, 3),
                "UTF-8 with a byte order mark, for Excel");
        assertEquals(List.of("Fournisseur;Ville;Montant",
                "Éole énergies;Saxel;-5,50",
                "Quincaillerie Martin;Brizon;10,00",
                "\"'=HYPERLINK(\"\"http://exemple.invalid\"\";\"\"Cliquez\"\")\";Vougy;1234,56"),
                List.of(new String(octets, 3, octets.length - 3, StandardCharsets.UTF_8).split("\r\n")));

        Ui.type(filtre, "");
        Ui.waitFor("the whole list", () -> table.getItemCount() == 4);
        Path pdf = csv.resolveSibling("factures.pdf");
        assertNull(Ui.sync(() -> ImpressionListe.versPdf(liste, pdf)));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                "a PDF written");
        assertTrue(Files.size(pdf) > 1000, "the PDF has content");
    }

    @Test
    void enterSubmitsEscClearsAndAnUntouchedFormShowsNoError() {
        AtomicInteger envois = new AtomicInteger();
        Text champ = Ui.sync(() -> {
            Text texte = new Text(shell, SWT.BORDER);
            texte.setLayoutData(new GridData(200, SWT.DEFAULT));
            Button bouton = new Button(shell, SWT.PUSH);
            bouton.setText("Envoyer");
            bouton.addListener(SWT.Selection, e -> envois.incrementAndGet());
            Formulaire formulaire = new Formulaire(bouton, () -> { }, () -> texte.setText(""));
            formulaire.champs(texte);
            shell.setData("formulaire", formulaire);
            shell.layout(true);
            return texte;
        });
        Formulaire formulaire = Ui.sync(() -> (Formulaire) shell.getData("formulaire"));
        assertEquals("", Ui.sync(() -> formulaire.erreur("Saisissez le montant.")), "no error before any typing");
        Ui.sync(() -> {
            formulaire.remplir(() -> champ.setText("rempli par la vue"));
            return null;
        });
        assertEquals("", Ui.sync(() -> formulaire.erreur("Saisissez le montant.")), "filled by the part: untouched");
        Ui.type(champ, "12,50");
        assertEquals("Saisissez le montant.", Ui.sync(() -> formulaire.erreur("Saisissez le montant.")));
        touche(champ, SWT.TRAVERSE_RETURN);
        assertEquals(1, envois.get(), "Enter submits");
        touche(champ, SWT.TRAVERSE_ESCAPE);
        assertEquals("", Ui.sync(champ::getText), "Esc clears");
        assertEquals("", Ui.sync(() -> formulaire.erreur("Saisissez le montant.")), "cleared: untouched again");
    }

    private static void touche(Text champ, int detail) {
        Ui.sync(() -> {
            Event event = new Event();
            event.detail = detail;
            event.doit = true;
            champ.notifyListeners(SWT.Traverse, event);
            return null;
        });
    }

    private static void trier(Table table, int colonne) {
        Ui.sync(() -> {
            table.getColumn(colonne).notifyListeners(SWT.Selection, new Event());
            return null;
        });
    }

    private static List<String> colonne(Table table, int colonne) {
        return Ui.rows(table).stream().map(r -> r.get(colonne)).toList();
    }

    private static String euros(String montant) {
        return FormatMontant.euros(new BigDecimal(montant));
    }
}
