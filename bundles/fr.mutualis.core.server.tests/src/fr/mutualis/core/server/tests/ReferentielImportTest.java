package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.admin.AuditLine;
import fr.mutualis.core.server.admin.ImportReport;

/**
 * Import of the INSEE reference data: the shipped copy, idempotence, and refusal of bad files with nothing written.
 * Each bad folder also holds a valid entry that would rename L'Abergement-Clémenciat (01001) or the CC de la Dombes,
 * so a partial write would show.
 */
class ReferentielImportTest {

    private static final String SHIPPED = "la copie livrée avec le serveur (etalab/decoupage-administratif 6.0.0)";
    private static final String RENAMING_01001 = "{\"code\": \"01001\", \"nom\": \"Nom modifié\", "
            + "\"type\": \"commune-actuelle\", \"departement\": \"01\", \"population\": 1}";

    @TempDir
    Path folder;

    @BeforeAll
    static void importReferentiel() {
        Fixtures.ensureImported();
    }

    @Test
    void importsEveryCommuneAndEpciOfTheShippedCopyAndASecondImportChangesNothing() {
        ImportReport first = asConsole(() -> admin().importReferentiel(null));
        long auditBefore = Fixtures.auditCount();

        ImportReport second = asConsole(() -> admin().importReferentiel(null));

        assertEquals(34_969, first.communesRead());
        assertEquals(1_255, first.epciRead());
        assertEquals(SHIPPED, second.source());
        assertEquals(List.of(34_969, 0, 0, 1_255, 0, 0, 0), List.of(second.communesRead(), second.communesCreated(),
                second.communesUpdated(), second.epciRead(), second.epciCreated(), second.epciUpdated(),
                second.membersLinked()));
        // Tests only ever add communes in 99xxx and never add an EPCI.
        assertEquals(34_969, Fixtures.count("SELECT COUNT(*) FROM collectivite WHERE kind = 'COMMUNE' "
                + "AND code NOT LIKE '99%'"));
        assertEquals(1_255, Fixtures.count("SELECT COUNT(*) FROM collectivite WHERE kind = 'EPCI'"));
        assertEquals(34_871, Fixtures.count("SELECT COUNT(*) FROM collectivite WHERE kind = 'COMMUNE' "
                + "AND code NOT LIKE '99%' AND epci_id IS NOT NULL"));
        assertEquals(auditBefore + 1, Fixtures.auditCount(), "an import is journaled once");
        AuditLine entry = admin().audit(null, "console", null, null, 1).get(0);
        assertEquals("referentiel.importer", entry.operation());
        assertEquals("34969 communes, 1255 EPCI depuis " + SHIPPED, entry.objet());
    }

    @Test
    void summarizesTheImportInFrenchWithPlainSpaces() {
        String summary = asConsole(() -> admin().importReferentiel(null)).summary();

        assertTrue(summary.matches("Import terminé en \\d+,\\d s depuis " + java.util.regex.Pattern.quote(SHIPPED)
                + "\n  Communes : 34 969 lues, 0 créées, 0 mises à jour, 34 969 inchangées"
                + "\n  EPCI     : 1 255 lus, 0 créés, 0 mis à jour, 1 255 inchangés"
                + "\n  Rattachements commune -> EPCI : 0"), summary);
    }

    @Test
    void refusesMalformedJsonAndWritesNothing() throws IOException {
        write("communes.json", "[\n" + RENAMING_01001 + ",\n"
                + "{\"code\": \"01004\", \"nom\": \"A\",, \"type\": \"commune-actuelle\"}\n]");
        write("epci.json", "[]");

        assertImportRefused("communes.json : contenu JSON invalide à la ligne 3, colonne 30.");
    }

    @Test
    void refusesAMissingFileAndWritesNothing() throws IOException {
        write("communes.json", "[" + RENAMING_01001 + "]");

        assertImportRefused("Fichier introuvable : " + folder.resolve("epci.json")
                + " (ni epci.json ni epci.json.gz).");
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        Path missing = folder.resolve("absent");

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().importReferentiel(missing)));

        assertEquals(List.of("Import refusé, rien n'a été modifié. Problèmes trouvés dans " + missing + " :",
                "  - Fichier introuvable : " + missing + " (ni communes.json ni communes.json.gz).",
                "  - Fichier introuvable : " + missing + " (ni epci.json ni epci.json.gz)."), e.erreurs());
    }

    @Test
    void refusesAnEntryWithABadInseeCodeAndWritesNothing() throws IOException {
        write("communes.json", "[" + RENAMING_01001 + ",\n"
                + "{\"code\": \"1234\", \"nom\": \"Code trop court\", \"type\": \"commune-actuelle\"}]");
        write("epci.json", "[]");

        assertImportRefused("communes.json, entrée n°2 : code INSEE invalide « 1234 ».");
    }

    @Test
    void refusesAnEpciWhoseMemberIsNotACommuneOfTheFileAndWritesNothing() throws IOException {
        write("communes.json", "[" + RENAMING_01001 + "]");
        write("epci.json", "[{\"code\": \"200069193\", \"nom\": \"CC renommée\", \"type\": \"CC\", "
                + "\"populationTotale\": 2, \"membres\": [{\"code\": \"01001\"}, {\"code\": \"99999\"}]}]");

        assertImportRefused("epci.json : CC renommée (200069193) a pour membre le code INSEE « 99999 », "
                + "absent de communes.json.");
        assertEquals("CC de la Dombes", admin().show("200069193").collectivite().nom());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void assertImportRefused(String problem) {
        long collectivites = Fixtures.collectiviteCount();
        long audit = Fixtures.auditCount();
        long linked = Fixtures.count("SELECT COUNT(*) FROM collectivite WHERE epci_id IS NOT NULL");

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().importReferentiel(folder)));

        assertEquals(List.of("Import refusé, rien n'a été modifié. Problèmes trouvés dans " + folder + " :",
                "  - " + problem), e.erreurs());
        assertEquals(collectivites, Fixtures.collectiviteCount());
        assertEquals(audit, Fixtures.auditCount());
        assertEquals(linked, Fixtures.count("SELECT COUNT(*) FROM collectivite WHERE epci_id IS NOT NULL"));
        assertEquals("L'Abergement-Clémenciat", admin().show("01001").collectivite().nom());
        assertEquals(860, admin().show("01001").collectivite().population());
        assertEquals("200069193", admin().show("01001").collectivite().epci().code());
    }
}
