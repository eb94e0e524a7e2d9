package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.UNKNOWN_INSEE;
import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Habilitation;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.UserView;
import fr.mutualis.core.server.security.Authenticator;
import fr.mutualis.testing.OsgiServices;

/** User accounts: creation rules, passwords, roles per collectivity, unlocking. */
class UserAdministrationTest {

    private static final String LOGIN_RULE = " : 3 à 64 caractères parmi a-z, 0-9, point, tiret, souligné, "
            + "en commençant par une lettre ou un chiffre.";
    private static final String PASSWORD_RULE = "Le mot de passe doit compter entre 10 et 256 caractères.";
    private static final String NAME_RULE = "Nom de l'utilisateur manquant ou trop long (200 caractères au plus).";

    private static boolean authenticates(String login, String password) {
        try {
            OsgiServices.service(Authenticator.class).authenticate(login, password, "test");
            return true;
        } catch (SecurityException e) {
            return false;
        }
    }

    @Test
    void createsAUserWithTheGivenPassword() {
        String login = Fixtures.login("creation");

        String generated = asConsole(() -> admin().addUser(login, " Camille Martin ", "correct-horse-1"));

        UserView user = admin().showUser(login);
        assertNull(generated);
        assertEquals(login, user.login());
        assertEquals("Camille Martin", user.nom());
        assertFalse(user.locked());
        assertEquals(0, user.failedAttempts());
        assertTrue(ChronoUnit.MINUTES.between(user.createdAt(), LocalDateTime.now()) < 5, user.createdAt()::toString);
        assertEquals(List.of(), user.habilitations());
        assertTrue(admin().users().contains(user));
        assertTrue(authenticates(login, "correct-horse-1"));
    }

    @Test
    void generatesAPasswordShownOnceWhenNoneIsGiven() {
        String login = Fixtures.login("genere");

        String generated = asConsole(() -> admin().addUser(login, "Généré", null));

        assertTrue(generated.matches("[a-km-zA-HJ-NP-Z2-9]{16}"), generated);
        assertTrue(authenticates(login, generated));
    }

    @Test
    void acceptsLoginsOfThreeAndSixtyFourCharacters() {
        String longest = ("l." + Fixtures.suffix() + "-").repeat(8).substring(0, 64);
        String shortest = shortFreeLogin();

        asConsole(() -> admin().addUser(longest, "Soixante-quatre", "mot-de-passe-1"));
        asConsole(() -> admin().addUser(shortest, "Trois", "mot-de-passe-1"));

        assertEquals(longest, admin().showUser(longest).login());
        assertEquals(shortest, admin().showUser(shortest).login());
    }

    private static String shortFreeLogin() {
        List<String> taken = admin().users().stream().map(UserView::login).toList();
        for (int i = 0; i < 10_000; i++) {
            String candidate = "z" + Fixtures.suffix().substring(0, 2);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no free three-letter login left");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "ab", "Camille", "-camille", ".camille", "camille martin", "camille@mairie", "élodie",
            "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde" })
    void refusesAnInvalidLogin(String login) {
        assertUserRefused(List.of("Identifiant invalide « " + login + " »" + LOGIN_RULE), login, "Nom",
                "mot-de-passe-1");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 9, 257 })
    void refusesAPasswordOfTheWrongLength(int length) {
        assertUserRefused(List.of(PASSWORD_RULE), Fixtures.login("mdp"), "Nom", "x".repeat(length));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  " })
    void refusesABlankName(String nom) {
        assertUserRefused(List.of(NAME_RULE), Fixtures.login("nom"), nom, "mot-de-passe-1");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertUserRefused(List.of("Identifiant invalide « X »" + LOGIN_RULE, NAME_RULE, PASSWORD_RULE), "X", "",
                "court");
    }

    @Test
    void refusesADuplicateLogin() {
        String login = Fixtures.newUser("doublon", "premier-mot-de-passe");

        assertUserRefused(List.of("L'utilisateur « " + login + " » existe déjà."), login, "Autre", "second-mot-de-passe");
        assertTrue(authenticates(login, "premier-mot-de-passe"), "the first account is untouched");
        assertEquals("Utilisateur doublon", admin().showUser(login).nom());
    }

    @Test
    void changesAPassword() {
        String login = Fixtures.newUser("passwd", "ancien-mot-de-passe");

        String none = asConsole(() -> admin().setPassword(login, "nouveau-mot-de-passe"));

        assertNull(none);
        assertFalse(authenticates(login, "ancien-mot-de-passe"));
        assertTrue(authenticates(login, "nouveau-mot-de-passe"));
    }

    @Test
    void generatesANewPasswordWhenNoneIsGiven() {
        String login = Fixtures.newUser("passwd", "ancien-mot-de-passe");

        String generated = asConsole(() -> admin().setPassword(login, null));

        assertEquals(16, generated.length());
        assertTrue(authenticates(login, generated));
    }

    @Test
    void refusesAShortNewPasswordAndKeepsTheOldOne() {
        String login = Fixtures.newUser("passwd", "ancien-mot-de-passe");
        long audit = Fixtures.auditCount();

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().setPassword(login, "court")));

        assertEquals(PASSWORD_RULE, e.getMessage());
        assertEquals(audit, Fixtures.auditCount());
        assertTrue(authenticates(login, "ancien-mot-de-passe"));
    }

    @Test
    void refusesToChangeThePasswordOfAnUnknownUser() {
        String login = Fixtures.login("inconnu");

        IntrouvableException e = assertThrows(IntrouvableException.class,
                () -> asConsole(() -> admin().setPassword(login, "nouveau-mot-de-passe")));

        assertEquals("Utilisateur inconnu : « " + login + " ».", e.getMessage());
    }

    @Test
    void grantsAndRevokesRolesPerCollectivity() {
        String login = Fixtures.newUser("roles", "mot-de-passe-1");
        Collectivite syndicat = Fixtures.newSyndicat();
        String code = syndicat.id().code();

        asConsole(() -> admin().grant(login, code, EnumSet.of(Role.SAISIE, Role.LECTURE)));
        asConsole(() -> admin().grant(login, code, EnumSet.of(Role.SAISIE)));
        List<Habilitation> granted = admin().showUser(login).habilitations();
        long rows = Fixtures.count("SELECT COUNT(*) FROM habilitation h JOIN utilisateur u ON u.id = h.utilisateur_id "
                + "WHERE u.login = ?", login);
        asConsole(() -> admin().revoke(login, code, EnumSet.of(Role.SAISIE)));
        List<Habilitation> afterOne = admin().showUser(login).habilitations();
        asConsole(() -> admin().revoke(login, code, Set.of()));

        assertEquals(List.of(new Habilitation(syndicat.id(), syndicat.nom(), Set.of(Role.LECTURE, Role.SAISIE))),
                granted);
        assertEquals(2, rows, "granting a role already held adds no row");
        assertEquals(List.of(new Habilitation(syndicat.id(), syndicat.nom(), Set.of(Role.LECTURE))), afterOne);
        assertEquals(List.of(), admin().showUser(login).habilitations());
    }

    @Test
    void refusesToRevokeRolesThatAreNotHeld() {
        String login = Fixtures.newUser("roles", "mot-de-passe-1");
        Collectivite syndicat = Fixtures.newSyndicat();
        asConsole(() -> admin().grant(login, syndicat.id().code(), EnumSet.of(Role.LECTURE)));
        long audit = Fixtures.auditCount();

        DonneeInvalideException one = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().revoke(login, syndicat.id().code(), EnumSet.of(Role.PAIE))));
        asConsole(() -> admin().revoke(login, syndicat.id().code(), Set.of()));
        DonneeInvalideException all = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().revoke(login, syndicat.id().code(), Set.of())));

        assertEquals(login + " n'a aucun de ces rôles sur " + syndicat.nom() + ".", one.getMessage());
        assertEquals(one.getMessage(), all.getMessage());
        assertEquals(audit + 1, Fixtures.auditCount(), "only the successful revocation is journaled");
    }

    @Test
    void refusesToGrantWithoutRoleOrToAnUnknownUserOrCollectivity() {
        String login = Fixtures.newUser("roles", "mot-de-passe-1");
        String code = Fixtures.newSyndicat().id().code();
        String nobody = Fixtures.login("personne");
        long audit = Fixtures.auditCount();

        MutualisException noRole = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().grant(login, code, Set.of())));
        MutualisException unknownUser = assertThrows(IntrouvableException.class,
                () -> asConsole(() -> admin().grant(nobody, code, Set.of(Role.LECTURE))));
        MutualisException unknownCollectivite = assertThrows(IntrouvableException.class,
                () -> asConsole(() -> admin().grant(login, UNKNOWN_INSEE, Set.of(Role.LECTURE))));
        MutualisException malformed = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().grant(login, "1004", Set.of(Role.LECTURE))));

        assertEquals("Indiquez au moins un rôle : lecture, saisie, ordonnateur, paie, urbanisme-instructeur, "
                + "administrateur.", noRole.getMessage());
        assertEquals("Utilisateur inconnu : « " + nobody + " ».", unknownUser.getMessage());
        assertEquals("Collectivité inconnue : " + UNKNOWN_INSEE
                + ". Importez le référentiel (mutualis:import) ou ajoutez-la (mutualis:add).",
                unknownCollectivite.getMessage());
        assertTrue(malformed.getMessage().startsWith("Code de collectivité invalide : « 1004 »."),
                malformed.getMessage());
        assertEquals(List.of(), admin().showUser(login).habilitations());
        assertEquals(audit, Fixtures.auditCount());
    }

    @Test
    void refusesToUnlockAnAccountThatIsNotLocked() {
        String login = Fixtures.newUser("deverrouillage", "mot-de-passe-1");

        DonneeInvalideException notLocked = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().unlock(login)));
        IntrouvableException unknown = assertThrows(IntrouvableException.class,
                () -> asConsole(() -> admin().unlock(login + "x")));

        assertEquals("Le compte « " + login + " » n'est pas verrouillé.", notLocked.getMessage());
        assertEquals("Utilisateur inconnu : « " + login + "x ».", unknown.getMessage());
    }

    private static void assertUserRefused(List<String> errors, String login, String nom, String password) {
        int users = admin().users().size();
        long audit = Fixtures.auditCount();

        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> asConsole(() -> admin().addUser(login, nom, password)));

        assertEquals(errors, e.erreurs());
        assertEquals(users, admin().users().size(), "no account may be created");
        assertEquals(audit, Fixtures.auditCount(), "nothing may be journaled");
    }
}
