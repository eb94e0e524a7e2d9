package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.FAUCIGNY_GLIERES;
import static fr.mutualis.core.server.tests.Fixtures.PLAINE_DE_L_AIN;
import static fr.mutualis.core.server.tests.Fixtures.PLAINE_DE_L_AIN_MEMBERS;
import static fr.mutualis.core.server.tests.Fixtures.UNKNOWN_INSEE;
import static fr.mutualis.core.server.tests.Fixtures.UNKNOWN_SIREN;
import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.MutualisException;

/** Adding, listing and showing collectivities through the {@code Administration} service. */
class CollectiviteAdministrationTest {

    @BeforeAll
    static void importReferentiel() {
        Fixtures.ensureImported();
    }

    @Test
    void addsASyndicatIdentifiedByAValidSiren() {
        String siren = Fixtures.freeSiren();
        String nom = "Syndicat des eaux " + Fixtures.suffix();

        Collectivite added = asConsole(() -> admin().add(siren, "  " + nom + " ", CollectiviteKind.SYNDICAT, 1200, null));

        assertEquals(new Collectivite(new CollectiviteId(siren), siren, nom, CollectiviteKind.SYNDICAT, 1200, null,
                null, null), added);
        assertEquals(added, admin().show(siren).collectivite());
        assertEquals(List.of(added), admin().list(siren, 10));
    }

    @Test
    void addsACommuneAttachedToItsEpci() {
        String code = Fixtures.freeCommuneCode();
        String nom = "Village " + Fixtures.suffix();

        Collectivite added = asConsole(() -> admin().add(code, nom, CollectiviteKind.COMMUNE, 150, FAUCIGNY_GLIERES));

        assertEquals(new Collectivite(new CollectiviteId(code), null, nom, CollectiviteKind.COMMUNE, 150, null,
                new CollectiviteId(FAUCIGNY_GLIERES), "CC Faucigny - Glières"), added);
        assertTrue(admin().members(FAUCIGNY_GLIERES).contains(added));
    }

    @Test
    void refusesACollectivityThatAlreadyExists() {
        Collectivite existing = Fixtures.newSyndicat();
        long before = Fixtures.collectiviteCount();
        long auditBefore = Fixtures.auditCount();

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> asConsole(
                () -> admin().add(existing.id().code(), "Autre nom", CollectiviteKind.SYNDICAT, 5, null)));
        DonneeInvalideException commune = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().add("01004", "Doublon", CollectiviteKind.COMMUNE, 5, null)));

        assertEquals("La collectivité " + existing.id().code() + " existe déjà : " + existing.nom() + ".",
                e.getMessage());
        assertEquals("La collectivité 01004 existe déjà : Ambérieu-en-Bugey.", commune.getMessage());
        assertEquals(existing.nom(), admin().show(existing.id().code()).collectivite().nom());
        assertEquals("Ambérieu-en-Bugey", admin().show("01004").collectivite().nom());
        assertEquals(before, Fixtures.collectiviteCount());
        assertEquals(auditBefore, Fixtures.auditCount());
    }

    @Test
    void refusesAnUnknownEpci() {
        String code = Fixtures.freeCommuneCode();
        long before = Fixtures.collectiviteCount();

        IntrouvableException e = assertThrows(IntrouvableException.class, () -> asConsole(
                () -> admin().add(code, "Village " + Fixtures.suffix(), CollectiviteKind.COMMUNE, 10, UNKNOWN_SIREN)));

        assertEquals("Collectivité inconnue : " + UNKNOWN_SIREN
                + ". Importez le référentiel (mutualis:import) ou ajoutez-la (mutualis:add).", e.getMessage());
        assertEquals(before, Fixtures.collectiviteCount());
        assertFalse(Fixtures.exists(code), "the commune must not have been created");
    }

    @Test
    void refusesAnEpciThatIsACommune() {
        String code = Fixtures.freeCommuneCode();

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> asConsole(
                () -> admin().add(code, "Village " + Fixtures.suffix(), CollectiviteKind.COMMUNE, 10, "01004")));

        assertEquals("Ambérieu-en-Bugey (01004) n'est pas un EPCI.", e.getMessage());
        assertFalse(Fixtures.exists(code));
    }

    @Test
    void refusesACommuneIdentifiedByASiren() {
        String siren = Fixtures.freeSiren();

        assertRefused("Une commune est identifiée par son code INSEE à 5 caractères, pas « " + siren + " ».",
                siren, "Commune", CollectiviteKind.COMMUNE, 10);
    }

    @Test
    void refusesASyndicatOrEpciIdentifiedByAnInseeCode() {
        String code = Fixtures.freeCommuneCode();
        String expected = "Un EPCI ou un syndicat est identifié par son SIREN à 9 chiffres, pas « " + code + " ».";

        assertRefused(expected, code, "Syndicat", CollectiviteKind.SYNDICAT, 10);
        assertRefused(expected, code, "EPCI", CollectiviteKind.EPCI, 10);
    }

    @Test
    void refusesASirenWithAWrongCheckDigit() {
        String valid = Fixtures.freeSiren();
        String wrong = valid.substring(0, 8) + (char) ('0' + (valid.charAt(8) - '0' + 1) % 10);

        assertRefused("SIREN invalide (clé de contrôle incorrecte) : " + wrong + ".", wrong, "Syndicat",
                CollectiviteKind.SYNDICAT, 10);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "\t" })
    void refusesABlankName(String nom) {
        assertRefused("Nom de collectivité manquant ou trop long (200 caractères au plus).", Fixtures.freeSiren(),
                nom, CollectiviteKind.SYNDICAT, 10);
    }

    @Test
    void refusesANameLongerThan200Characters() {
        assertRefused("Nom de collectivité manquant ou trop long (200 caractères au plus).", Fixtures.freeSiren(),
                "S".repeat(201), CollectiviteKind.SYNDICAT, 10);
    }

    @Test
    void refusesAMissingKind() {
        assertRefused("Type de collectivité manquant : commune, epci ou syndicat.", Fixtures.freeSiren(), "Syndicat",
                null, 10);
    }

    @Test
    void reportsEveryProblemOfTheInputAtOnce() {
        String siren = Fixtures.freeSiren();
        String wrong = siren.substring(0, 8) + (char) ('0' + (siren.charAt(8) - '0' + 5) % 10);
        long before = Fixtures.collectiviteCount();

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().add(wrong, " ", CollectiviteKind.SYNDICAT, -1, null)));

        assertEquals(List.of("SIREN invalide (clé de contrôle incorrecte) : " + wrong + ".",
                "Nom de collectivité manquant ou trop long (200 caractères au plus).",
                "La population ne peut pas être négative."), e.erreurs());
        assertEquals(String.join("\n", e.erreurs()), e.getMessage());
        assertEquals(before, Fixtures.collectiviteCount());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ABC", "1004", "010044", "12345678", "1234567890", "3A004" })
    void refusesAMalformedCode(String code) {
        assertRefused("Code de collectivité invalide : « " + code + " ». Attendu : un code INSEE de commune "
                + "(5 caractères, ex. 01001) ou un SIREN (9 chiffres).", code, "Nom", CollectiviteKind.COMMUNE, 1);
    }

    @Test
    void showsAnImportedCommuneWithItsEpci() {
        CollectiviteDetail detail = admin().show("01004");

        assertEquals(new Collectivite(new CollectiviteId("01004"), "210100046", "Ambérieu-en-Bugey",
                CollectiviteKind.COMMUNE, 15934, "01", new CollectiviteId(PLAINE_DE_L_AIN),
                "CC de la Plaine de l'Ain"), detail.collectivite());
        assertEquals(0, detail.nombreMembres());
        assertEquals("Ajaccio", admin().show(" 2a004 ").collectivite().nom());
    }

    @Test
    void showsAnEpciWithItsMemberCount() {
        CollectiviteDetail detail = admin().show(PLAINE_DE_L_AIN);

        assertEquals(CollectiviteKind.EPCI, detail.collectivite().kind());
        assertEquals("CC de la Plaine de l'Ain", detail.collectivite().nom());
        assertEquals(84625, detail.collectivite().population());
        assertNull(detail.collectivite().departement());
        assertEquals(PLAINE_DE_L_AIN_MEMBERS, detail.nombreMembres());
    }

    @Test
    void refusesToShowAnUnknownCollectivity() {
        IntrouvableException e = assertThrows(IntrouvableException.class, () -> admin().show(UNKNOWN_INSEE));

        assertEquals("Collectivité inconnue : " + UNKNOWN_INSEE + ".", e.getMessage());
    }

    @Test
    void listsMembersOfAnEpciSortedByName() {
        List<Collectivite> members = admin().members(PLAINE_DE_L_AIN);

        assertEquals(PLAINE_DE_L_AIN_MEMBERS, members.size());
        assertEquals(List.of("Ambronay", "Ambutrix", "Ambérieu-en-Bugey"),
                members.stream().limit(3).map(Collectivite::nom).toList());
        assertTrue(members.stream().allMatch(c -> c.epci().code().equals(PLAINE_DE_L_AIN)));
    }

    @Test
    void refusesMembersOfSomethingThatIsNotAnEpci() {
        DonneeInvalideException commune = assertThrows(DonneeInvalideException.class, () -> admin().members("01004"));
        IntrouvableException unknown = assertThrows(IntrouvableException.class, () -> admin().members(UNKNOWN_SIREN));

        assertEquals("Ambérieu-en-Bugey (01004) n'est pas un EPCI.", commune.getMessage());
        assertEquals("Collectivité inconnue : " + UNKNOWN_SIREN
                + ". Importez le référentiel (mutualis:import) ou ajoutez-la (mutualis:add).", unknown.getMessage());
    }

    @Test
    void listsByNameCodeOrDepartementSortedByName() {
        List<Collectivite> byName = admin().list("AMBÉRIEU", 10);
        List<Collectivite> byDepartement = admin().list("2A", 500);

        assertEquals(List.of("01004", "69005", "01005"), byName.stream().map(c -> c.id().code()).toList());
        // 124 communes of Corse-du-Sud, and the CA de l'Albigeois (C2A) whose name contains "2A".
        assertEquals(125, admin().count("2a"));
        assertEquals(125, byDepartement.size());
        assertEquals(124, byDepartement.stream().filter(c -> "2A".equals(c.departement())).count());
        assertTrue(byDepartement.stream().anyMatch(c -> c.nom().equals("CA de l'Albigeois (C2A)")));
        assertEquals(byDepartement.stream().sorted(Comparator.comparing(Collectivite::nom)).toList(), byDepartement);
        assertEquals(List.of("Ambérieu-en-Bugey"), admin().list("01004", 10).stream().map(Collectivite::nom).toList());
        assertEquals(391, admin().list("01", 1000).stream().filter(c -> "01".equals(c.departement())).count());
        assertEquals(5, admin().list("01", 5).size());
    }

    private static void assertRefused(String message, String code, String nom, CollectiviteKind kind, int population) {
        long before = Fixtures.collectiviteCount();
        long auditBefore = Fixtures.auditCount();

        MutualisException e = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().add(code, nom, kind, population, null)));

        assertEquals(message, e.getMessage());
        assertEquals(before, Fixtures.collectiviteCount(), "nothing may be written");
        assertEquals(auditBefore, Fixtures.auditCount(), "nothing may be journaled");
    }
}
