package fr.mutualis.core.console.tests;

import static fr.mutualis.core.console.tests.Fixtures.admin;
import static fr.mutualis.core.console.tests.Gogo.ok;
import static fr.mutualis.core.console.tests.Gogo.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.server.admin.AuditLine;

/** {@code mutualis:audit}: the journal, filtered by collectivity, user and dates, most recent first. */
class AuditCommandsTest {

    private static final String[] HEADERS = { "N°", "Horodatage", "Utilisateur", "Collectivité", "Opération", "Objet",
            "Adresse" };
    private static final String TIME = "\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}";

    private static Collectivite syndicat;
    private static String code;

    @BeforeAll
    static void journalSomeWrites() {
        Fixtures.ensureTestModule();
        syndicat = Fixtures.newSyndicat();
        code = syndicat.id().code();
        ok("mutualis:enable " + code + " essai");
    }

    private static List<String> rows(String text) {
        List<String> lines = List.of(text.split("\n"));
        return lines.subList(2, lines.size() - 1);
    }

    @Test
    void auditShowsTheEntriesOfACollectivityMostRecentFirst() {
        List<AuditLine> entries = admin().audit(code, null, null, null, 10);

        String text = ok("mutualis:audit -c " + code);

        assertEquals("2 entrée(s)", text.substring(text.lastIndexOf('\n') + 1));
        Gogo.assertAligned(text.substring(0, text.lastIndexOf('\n')), HEADERS);
        List<String> rows = rows(text);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).matches(" *" + entries.get(0).id() + "  " + TIME + "  console +" + code
                + " +module\\.activer +essai +console"), rows.get(0));
        assertTrue(rows.get(1).matches(" *" + entries.get(1).id() + "  " + TIME + "  console +" + code
                + " +collectivite\\.ajouter +" + syndicat.nom() + "  console"), rows.get(1));
    }

    @Test
    void auditFiltersByUserDatesAndLimit() {
        String login = Fixtures.newUser("journal");
        String today = LocalDate.now().toString();
        String yesterday = LocalDate.now().minusDays(1).toString();

        assertEquals(1, rows(ok("mutualis:audit -c " + code + " -n 1")).size());
        assertEquals(2, rows(ok("mutualis:audit --collectivite " + code + " --from " + today + " --to " + today)).size());
        assertEquals(0, rows(ok("mutualis:audit -c " + code + " -t " + yesterday)).size());
        assertEquals("""
                N°  Horodatage  Utilisateur  Collectivité  Opération  Objet  Adresse
                --  ----------  -----------  ------------  ---------  -----  -------
                0 entrée(s)""", ok("mutualis:audit -u " + login));
        List<String> consoleRows = rows(ok("mutualis:audit -u console -n 3"));
        assertEquals(3, consoleRows.size());
        assertTrue(consoleRows.get(0).matches(".*  utilisateur\\.ajouter +" + login.replace(".", "\\.")
                + " +console"), consoleRows.get(0));
        assertTrue(ok("mutualis:audit").endsWith(" entrée(s)"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-13-01", "01/02/2025", "hier" })
    void auditRefusesAMalformedDate(String date) {
        refused("mutualis:audit -f " + date, "Date invalide « " + date + " » : format attendu AAAA-MM-JJ.");
        refused("mutualis:audit -t " + date, "Date invalide « " + date + " » : format attendu AAAA-MM-JJ.");
    }

    @Test
    void auditRefusesAnEndBeforeTheStartAndAMalformedCode() {
        refused("mutualis:audit -f 2025-02-01 -t 2025-01-31",
                "La date de fin (2025-01-31) précède la date de début (2025-02-01).");
        refused("mutualis:audit -c 1004", "Code de collectivité invalide : « 1004 ». Attendu : un code INSEE de "
                + "commune (5 caractères, ex. 01001) ou un SIREN (9 chiffres).");
    }

    @Test
    void auditKeepsACodeWithALeadingZeroAsTyped() {
        assertEquals("""
                N°  Horodatage  Utilisateur  Collectivité  Opération  Objet  Adresse
                --  ----------  -----------  ------------  ---------  -----  -------
                0 entrée(s)""", ok("mutualis:audit -c 01004 -u personne.inconnue"));
    }

    @Test
    void auditRefusesAMaximumThatIsNotANumber() {
        refused("mutualis:audit -n beaucoup", "Nombre invalide « beaucoup » : un nombre entier est attendu.");
    }

    @Test
    void theHorodatageIsShownInFrenchOrder() {
        String row = rows(ok("mutualis:audit -c " + code + " -n 1")).get(0);

        assertTrue(row.contains(LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), row);
    }
}
