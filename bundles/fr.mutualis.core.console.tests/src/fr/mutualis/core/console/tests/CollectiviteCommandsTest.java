package fr.mutualis.core.console.tests;

import static fr.mutualis.core.console.tests.Fixtures.UNKNOWN_HINT;
import static fr.mutualis.core.console.tests.Fixtures.UNKNOWN_INSEE;
import static fr.mutualis.core.console.tests.Fixtures.UNKNOWN_SIREN;
import static fr.mutualis.core.console.tests.Fixtures.admin;
import static fr.mutualis.core.console.tests.Gogo.ok;
import static fr.mutualis.core.console.tests.Gogo.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code mutualis:list}, {@code show}, {@code members}, {@code add} and {@code import}. */
class CollectiviteCommandsTest {

    private static final String INVALID_CODE = "Code de collectivité invalide : « %s ». Attendu : un code INSEE de "
            + "commune (5 caractères, ex. 01001) ou un SIREN (9 chiffres).";

    @BeforeAll
    static void importReferentiel() {
        Fixtures.ensureImported();
    }

    /** The table part of a command's text (all but the count line). */
    private static String table(String text) {
        return text.substring(0, text.lastIndexOf('\n'));
    }

    private static String countLine(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    // ---- list -----------------------------------------------------------------------------------------------------

    @Test
    void listShowsMatchingCollectivitiesInAnAlignedTable() {
        String text = ok("mutualis:list Ambérieu");

        assertEquals("""
                Code   Nom                  Type     Dép.  Population  EPCI
                -----  -------------------  -------  ----  ----------  ----------------------------
                01004  Ambérieu-en-Bugey    Commune  01        15 934  CC de la Plaine de l'Ain
                69005  Ambérieux            Commune  69           651  CC Beaujolais Pierres Dorées
                01005  Ambérieux-en-Dombes  Commune  01         1 906  CC Dombes Saône Vallée
                3 collectivité(s)""", text);
        Gogo.assertAligned(table(text), "Code", "Nom", "Type", "Dép.", "Population", "EPCI");
    }

    @Test
    void listSaysHowManyMoreThereAreWhenLimited() {
        String text = ok("mutualis:list -n 2 Ambérieu");

        assertEquals("""
                Code   Nom                Type     Dép.  Population  EPCI
                -----  -----------------  -------  ----  ----------  ----------------------------
                01004  Ambérieu-en-Bugey  Commune  01        15 934  CC de la Plaine de l'Ain
                69005  Ambérieux          Commune  69           651  CC Beaujolais Pierres Dorées
                3 collectivité(s), 2 affichée(s) (option -n pour plus)""", text);
    }

    @Test
    void listFiltersByDepartementWithFrenchThousands() {
        String text = ok("mutualis:list --max 1 2A");

        // 124 communes of Corse-du-Sud and the CA de l'Albigeois (C2A), whose name contains "2A".
        assertEquals("125 collectivité(s), 1 affichée(s) (option -n pour plus)", countLine(text));
        assertTrue(ok("mutualis:list").endsWith(" affichée(s) (option -n pour plus)"));
        assertTrue(Pattern.compile("^\\d{2} \\d{3} collectivité\\(s\\), 50 affichée\\(s\\)", Pattern.MULTILINE)
                .matcher(ok("mutualis:list")).find(), "more than 36 000 collectivities, grouped with a plain space");
    }

    @Test
    void listKeepsCodesWithALeadingZeroAsTyped() {
        String byCode = ok("mutualis:list 01004");
        String byDepartement = ok("mutualis:list -n 5 01");

        assertTrue(byCode.contains("\n01004  Ambérieu-en-Bugey  Commune  01"), byCode);
        assertEquals("1 collectivité(s)", countLine(byCode));
        assertEquals("391 collectivité(s), 5 affichée(s) (option -n pour plus)", countLine(byDepartement));
    }

    @Test
    void listRefusesAMaximumThatIsNotANumber() {
        refused("mutualis:list -n beaucoup Ambérieu", "Nombre invalide « beaucoup » : un nombre entier est attendu.");
    }

    @Test
    void listSaysWhenNothingMatches() {
        assertEquals("""
                Code  Nom  Type  Dép.  Population  EPCI
                ----  ---  ----  ----  ----------  ----
                0 collectivité(s)""", ok("mutualis:list Zzyzx"));
    }

    // ---- show -----------------------------------------------------------------------------------------------------

    @Test
    void showDescribesACommune() {
        assertEquals("""
                Ambérieu-en-Bugey
                  Code        : 01004
                  SIREN       : 210100046
                  Type        : Commune
                  Département : 01
                  Population  : 15 934
                  EPCI        : CC de la Plaine de l'Ain (240100883)
                  Modules     : aucun""", ok("mutualis:show 01004"));
    }

    @Test
    void showDescribesAnEpciWithItsMemberCount() {
        assertEquals("""
                CC de la Plaine de l'Ain
                  Code        : 240100883
                  SIREN       : 240100883
                  Type        : Intercommunalité (EPCI)
                  Département : -
                  Population  : 84 625
                  Membres     : 53 communes (mutualis:members 240100883)
                  Modules     : aucun""", ok("mutualis:show 240100883"));
    }

    @Test
    void showAcceptsALowerCaseCorsicanCode() {
        assertTrue(ok("mutualis:show 2a004").startsWith("Ajaccio\n  Code        : 2A004\n"));
    }

    @Test
    void showRefusesUnknownAndMalformedCodes() {
        refused("mutualis:show " + UNKNOWN_INSEE, "Collectivité inconnue : " + UNKNOWN_INSEE + ".");
        refused("mutualis:show 1004", INVALID_CODE.formatted("1004"));
        refused("mutualis:show Paris", INVALID_CODE.formatted("PARIS"));
    }

    // ---- members --------------------------------------------------------------------------------------------------

    @Test
    void membersListsTheCommunesOfAnEpciSortedByName() {
        String text = ok("mutualis:members 240100883");

        assertTrue(text.startsWith("""
                Code   Commune                    Population
                -----  -------------------------  ----------
                01007  Ambronay                        2 841
                01008  Ambutrix                          760
                01004  Ambérieu-en-Bugey              15 934
                """), text);
        assertEquals(2 + 53 + 1, text.split("\n").length);
        assertEquals("53 commune(s) membre(s)", countLine(text));
        Gogo.assertAligned(table(text), "Code", "Commune", "Population");
    }

    @Test
    void membersRefusesWhatIsNotAnEpci() {
        refused("mutualis:members 01004", "Ambérieu-en-Bugey (01004) n'est pas un EPCI.");
        refused("mutualis:members " + UNKNOWN_SIREN, "Collectivité inconnue : " + UNKNOWN_SIREN + UNKNOWN_HINT);
        refused("mutualis:members 24010088", INVALID_CODE.formatted("24010088"));
    }

    // ---- add ------------------------------------------------------------------------------------------------------

    @Test
    void addCreatesASyndicatAndACommuneAttachedToItsEpci() {
        String siren = Fixtures.freeSiren();
        String code = Fixtures.freeCommuneCode();
        String suffix = Fixtures.suffix();

        String syndicat = ok("mutualis:add " + siren + " syndicat 5000 Syndicat des eaux " + suffix);
        String commune = ok("mutualis:add --epci 200000172 " + code + " COMMUNE 80 Hameau " + suffix);

        assertEquals("Collectivité ajoutée : Syndicat des eaux " + suffix + " (" + siren + "), Syndicat.", syndicat);
        assertEquals("Collectivité ajoutée : Hameau " + suffix + " (" + code + "), Commune.", commune);
        assertTrue(ok("mutualis:show " + code).contains("\n  EPCI        : CC Faucigny - Glières (200000172)\n"));
        assertTrue(ok("mutualis:show " + siren).contains("\n  Type        : Syndicat\n  Département : -\n"
                + "  Population  : 5 000\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "{free} bourg 10 Village                | Type de collectivité inconnu « bourg ». Types possibles : commune, epci, syndicat.",
            "01004 commune 10 Doublon               | La collectivité 01004 existe déjà : Ambérieu-en-Bugey.",
            "1004 commune 10 Village                | Code de collectivité invalide : « 1004 ». Attendu : un code INSEE de commune (5 caractères, ex. 01001) ou un SIREN (9 chiffres).",
            "123456789 syndicat 10 Syndicat         | SIREN invalide (clé de contrôle incorrecte) : 123456789.",
            "{free} syndicat 10 Syndicat            | Un EPCI ou un syndicat est identifié par son SIREN à 9 chiffres, pas « {free} ».",
            "{free} commune 10                      | Nom de collectivité manquant ou trop long (200 caractères au plus).",
            "{free} commune -5 Village              | La population ne peut pas être négative.",
            "{free} commune beaucoup Village        | Nombre invalide « beaucoup » : un nombre entier est attendu.",
            "{free} commune 1,5 Village             | Nombre invalide « 1,5 » : un nombre entier est attendu.",
            "-e 123456782 {free} commune 10 Village | Collectivité inconnue : 123456782. Importez le référentiel (mutualis:import) ou ajoutez-la (mutualis:add).",
            "-e 01004 {free} commune 10 Village     | Ambérieu-en-Bugey (01004) n'est pas un EPCI." })
    void addRefusesBadInputAndWritesNothing(String arguments, String message) {
        String free = Fixtures.freeCommuneCode();
        long audit = Fixtures.lastAuditId();
        int count = admin().count("");

        refused("mutualis:add " + arguments.replace("{free}", free), message.replace("{free}", free));

        assertEquals(audit, Fixtures.lastAuditId(), "nothing may be journaled");
        assertEquals(count, admin().count(""), "nothing may be created");
        assertFalse(Fixtures.exists(free));
    }

    // ---- import ---------------------------------------------------------------------------------------------------

    @Test
    void importOfTheShippedCopyAgainChangesNothing() {
        long audit = Fixtures.lastAuditId();

        String summary = ok("mutualis:import");

        assertTrue(summary.matches("""
                Import terminé en \\d+,\\d s depuis la copie livrée avec le serveur \\(etalab/decoupage-administratif \
                6\\.0\\.0\\)
                  Communes : 34 969 lues, 0 créées, 0 mises à jour, 34 969 inchangées
                  EPCI     : 1 255 lus, 0 créés, 0 mis à jour, 1 255 inchangés
                  Rattachements commune -> EPCI : 0"""), summary);
        assertEquals("referentiel.importer", admin().audit(null, null, null, null, 1).get(0).operation());
        assertTrue(Fixtures.lastAuditId() > audit);
    }

    @Test
    void importRefusesAFolderWithoutTheFilesAndWritesNothing(@TempDir Path folder) {
        long audit = Fixtures.lastAuditId();

        refused("mutualis:import " + folder, "Import refusé, rien n'a été modifié. Problèmes trouvés dans " + folder
                + " :\n  - Fichier introuvable : " + folder.resolve("communes.json")
                + " (ni communes.json ni communes.json.gz).\n  - Fichier introuvable : " + folder.resolve("epci.json")
                + " (ni epci.json ni epci.json.gz).");

        assertEquals(audit, Fixtures.lastAuditId());
    }

    @Test
    void importRefusesMalformedJsonAndWritesNothing(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("communes.json"), "[{\"code\": \"01001\", \"nom\": \"Nom modifié\", "
                + "\"type\": \"commune-actuelle\"},\n42]");
        Files.writeString(folder.resolve("epci.json"), "[]");
        long audit = Fixtures.lastAuditId();

        refused("mutualis:import " + folder, "Import refusé, rien n'a été modifié. Problèmes trouvés dans " + folder
                + " :\n  - communes.json : élément inattendu après l'entrée n°1 (un objet JSON est attendu).");

        assertEquals(audit, Fixtures.lastAuditId());
        assertEquals("L'Abergement-Clémenciat", admin().show("01001").collectivite().nom());
    }
}
