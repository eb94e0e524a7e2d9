package fr.mutualis.core.console.tests;

import static fr.mutualis.core.console.tests.Fixtures.UNKNOWN_HINT;
import static fr.mutualis.core.console.tests.Fixtures.UNKNOWN_INSEE;
import static fr.mutualis.core.console.tests.Fixtures.admin;
import static fr.mutualis.core.console.tests.Gogo.ok;
import static fr.mutualis.core.console.tests.Gogo.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.Habilitation;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.UserView;
import fr.mutualis.core.server.security.Authenticator;
import fr.mutualis.testing.GogoShell;
import fr.mutualis.testing.OsgiServices;

/**
 * {@code mutualis:users}, {@code user}, {@code useradd}, {@code passwd}, {@code grant}, {@code revoke} and
 * {@code unlock}.
 */
class UserCommandsTest {

    private static final String ROLES = "lecture, saisie, ordonnateur, paie, urbanisme-instructeur, administrateur";
    private static final String PASSWORD_RULE = "Le mot de passe doit compter entre 10 et 256 caractères.";
    private static final String CREATED = "  Créé le : \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\n";

    private static Authenticator authenticator;

    @BeforeAll
    static void lookUp() {
        Gogo.shell();
        authenticator = OsgiServices.service(Authenticator.class);
    }

    private static boolean authenticates(String login, String password) {
        try {
            authenticator.authenticate(login, password, "test");
            return true;
        } catch (SecurityException e) {
            return false;
        }
    }

    @Test
    void useraddCreatesAUserWithTheGivenPassword() {
        String login = Fixtures.login("camille");

        String created = ok("mutualis:useradd -p mot-de-passe-1 " + login + " Camille Martin");
        String shown = ok("mutualis:user " + login);

        assertEquals("Utilisateur " + login + " créé.", created);
        assertTrue(shown.matches("Camille Martin \\(" + login.replace(".", "\\.") + "\\)\n  État    : actif\n"
                + CREATED + "  Aucune habilitation\\."), shown);
        assertTrue(authenticates(login, "mot-de-passe-1"));
    }

    @Test
    void argumentsThatLookLikeNumbersAreKeptAsTyped() {
        String login = Fixtures.login("zero");

        ok("mutualis:useradd -p 0123456789 " + login + " Zoé");
        String granted = ok("mutualis:grant " + login + " 01004 lecture");
        String revoked = ok("mutualis:revoke " + login + " 01004");

        assertTrue(authenticates(login, "0123456789"));
        assertEquals("Rôles accordés à " + login + " sur Ambérieu-en-Bugey (01004) : lecture.", granted);
        assertEquals("Habilitations de " + login + " sur 01004 retirées.", revoked);
    }

    @Test
    void useraddWithoutPasswordShowsTheGeneratedOneOnce() {
        String login = Fixtures.login("genere");

        String created = ok("mutualis:useradd " + login + " Dominique");

        String prefix = "Utilisateur " + login + " créé.\nMot de passe (affiché une seule fois) : ";
        assertTrue(created.startsWith(prefix), created);
        String password = created.substring(prefix.length());
        assertTrue(password.matches("[a-km-zA-HJ-NP-Z2-9]{16}"), password);
        assertTrue(authenticates(login, password));
    }

    @Test
    void useraddRefusesBadInputAndCreatesNoAccount() {
        String existing = Fixtures.newUser("existant");
        String fresh = Fixtures.login("nouveau");
        int users = admin().users().size();
        long audit = Fixtures.lastAuditId();

        refused("mutualis:useradd -p mot-de-passe-1 Camille Camille", "Identifiant invalide « Camille » : 3 à 64 "
                + "caractères parmi a-z, 0-9, point, tiret, souligné, en commençant par une lettre ou un chiffre.");
        refused("mutualis:useradd -p court " + fresh + " Camille", PASSWORD_RULE);
        refused("mutualis:useradd -p mot-de-passe-1 " + fresh,
                "Nom de l'utilisateur manquant ou trop long (200 caractères au plus).");
        refused("mutualis:useradd -p mot-de-passe-1 " + existing + " Autre", "L'utilisateur « " + existing
                + " » existe déjà.");
        refused("mutualis:useradd -p court ab", "Identifiant invalide « ab » : 3 à 64 caractères parmi a-z, 0-9, "
                + "point, tiret, souligné, en commençant par une lettre ou un chiffre.\n"
                + "Nom de l'utilisateur manquant ou trop long (200 caractères au plus).\n" + PASSWORD_RULE);

        assertEquals(users, admin().users().size());
        assertEquals(audit, Fixtures.lastAuditId());
        assertTrue(authenticates(existing, "mot-de-passe-1"), "the existing account is untouched");
    }

    @Test
    void usersListsEveryAccountInAnAlignedTable() {
        String login = Fixtures.newUser("liste");
        Collectivite syndicat = Fixtures.newSyndicat();
        Fixtures.asConsole(() -> {
            admin().grant(login, syndicat.id().code(), Set.of(Role.LECTURE));
            return null;
        });

        String text = ok("mutualis:users");

        String[] lines = text.split("\n");
        assertEquals(admin().users().size() + " utilisateur(s)", lines[lines.length - 1]);
        Gogo.assertAligned(text.substring(0, text.lastIndexOf('\n')), "Identifiant", "Nom", "État", "Collectivités");
        String row = java.util.Arrays.stream(lines).filter(l -> l.startsWith(login + " ")).findFirst().orElseThrow();
        assertTrue(row.matches(login.replace(".", "\\.") + " +Utilisateur liste +actif +1"), row);
        assertTrue(text.contains("\nadmin "), "the administrator created at first start is listed");
    }

    @Test
    void userRefusesAnUnknownLogin() {
        refused("mutualis:user personne.inconnue", "Utilisateur inconnu : « personne.inconnue ».");
    }

    @Test
    void passwdSetsTheGivenPasswordOrGeneratesOne() {
        String login = Fixtures.newUser("passwd");

        String given = ok("mutualis:passwd " + login + " nouveau-mot-de-passe");
        boolean newOneWorks = authenticates(login, "nouveau-mot-de-passe");
        String generatedText = ok("mutualis:passwd " + login);

        assertEquals("Mot de passe de " + login + " changé.", given);
        assertTrue(newOneWorks);
        String prefix = "Mot de passe de " + login + " changé.\nNouveau mot de passe (affiché une seule fois) : ";
        assertTrue(generatedText.startsWith(prefix), generatedText);
        assertTrue(authenticates(login, generatedText.substring(prefix.length())));
        assertFalse(authenticates(login, "nouveau-mot-de-passe"));
    }

    @Test
    void passwdRefusesAShortPasswordAndAnUnknownUser() {
        String login = Fixtures.newUser("passwd");
        long audit = Fixtures.lastAuditId();

        refused("mutualis:passwd " + login + " court", PASSWORD_RULE);
        refused("mutualis:passwd personne.inconnue mot-de-passe-2", "Utilisateur inconnu : « personne.inconnue ».");

        assertEquals(audit, Fixtures.lastAuditId());
        assertTrue(authenticates(login, "mot-de-passe-1"));
    }

    @Test
    void grantAndRevokeRolesOnACollectivity() {
        String login = Fixtures.newUser("roles");
        Collectivite syndicat = Fixtures.newSyndicat();
        String code = syndicat.id().code();

        String granted = ok("mutualis:grant " + login + " " + code + " saisie LECTURE urbanisme-instructeur");
        String shown = ok("mutualis:user " + login);
        String revokedOne = ok("mutualis:revoke " + login + " " + code + " saisie");
        List<Habilitation> afterOne = admin().showUser(login).habilitations();
        String revokedAll = ok("mutualis:revoke " + login + " " + code);

        assertEquals("Rôles accordés à " + login + " sur " + syndicat.libelle()
                + " : lecture, saisie, urbanisme-instructeur.", granted);
        String roles = "lecture, saisie, urbanisme-instructeur";
        String nom = syndicat.nom();
        assertTrue(shown.matches("Utilisateur roles \\(" + login.replace(".", "\\.") + "\\)\n  État    : actif\n"
                + CREATED + "(?s).*"), shown);
        assertEquals(String.join("\n",
                "Code       Collectivité" + " ".repeat(nom.length() - 12) + "  Rôles",
                "-".repeat(9) + "  " + "-".repeat(nom.length()) + "  " + "-".repeat(roles.length()),
                code + "  " + nom + "  " + roles), shown.substring(shown.indexOf("\nCode") + 1));
        assertEquals("Habilitations de " + login + " sur " + code + " retirées.", revokedOne);
        assertEquals(List.of(new Habilitation(syndicat.id(), syndicat.nom(),
                Set.of(Role.LECTURE, Role.URBANISME_INSTRUCTEUR))), afterOne);
        assertEquals("Habilitations de " + login + " sur " + code + " retirées.", revokedAll);
        assertTrue(ok("mutualis:user " + login).endsWith("\n  Aucune habilitation."));
    }

    @Test
    void grantAndRevokeRefuseBadInputAndChangeNothing() {
        String login = Fixtures.newUser("roles");
        Collectivite syndicat = Fixtures.newSyndicat();
        String code = syndicat.id().code();
        ok("mutualis:grant " + login + " " + code + " lecture");
        long audit = Fixtures.lastAuditId();

        refused("mutualis:grant " + login + " " + code + " saisie chef",
                "Rôle inconnu : « chef ». Rôles possibles : " + ROLES + ".");
        refused("mutualis:grant " + login + " " + code, "Indiquez au moins un rôle : " + ROLES + ".");
        refused("mutualis:grant personne.inconnue " + code + " lecture", "Utilisateur inconnu : « personne.inconnue ».");
        refused("mutualis:grant " + login + " " + UNKNOWN_INSEE + " lecture",
                "Collectivité inconnue : " + UNKNOWN_INSEE + UNKNOWN_HINT);
        refused("mutualis:grant " + login + " 1004 lecture", "Code de collectivité invalide : « 1004 ». Attendu : un "
                + "code INSEE de commune (5 caractères, ex. 01001) ou un SIREN (9 chiffres).");
        refused("mutualis:revoke " + login + " " + code + " paie", login + " n'a aucun de ces rôles sur "
                + syndicat.nom() + ".");
        refused("mutualis:revoke " + login + " " + code + " chef",
                "Rôle inconnu : « chef ». Rôles possibles : " + ROLES + ".");

        assertEquals(audit, Fixtures.lastAuditId());
        assertEquals(List.of(new Habilitation(syndicat.id(), syndicat.nom(), Set.of(Role.LECTURE))),
                admin().showUser(login).habilitations());
    }

    @Test
    void unlockReleasesAnAccountLockedAfterFiveFailures() {
        String login = Fixtures.newUser("verrou");
        for (int i = 0; i < 2; i++) {
            assertThrows(SecurityException.class, () -> authenticator.authenticate(login, "mauvais", "test"));
        }
        String afterTwo = ok("mutualis:user " + login);
        for (int i = 0; i < 3; i++) {
            assertThrows(SecurityException.class, () -> authenticator.authenticate(login, "mauvais", "test"));
        }
        String locked = ok("mutualis:user " + login);

        String unlocked = ok("mutualis:unlock " + login);

        assertTrue(afterTwo.contains("\n  État    : actif (2 échec(s))\n"), afterTwo);
        assertTrue(locked.matches("(?s).*\n  État    : verrouillé jusqu'à \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} "
                + "\\(5 échecs\\)\n.*"), locked);
        assertEquals("Compte " + login + " déverrouillé.", unlocked);
        UserView user = admin().showUser(login);
        assertEquals(List.of(false, 0), List.of(user.locked(), user.failedAttempts()));
        assertTrue(authenticates(login, "mot-de-passe-1"));
    }

    @Test
    void disableWithOneArgumentDisablesAnAccountAndEnableReactivatesIt() {
        String login = Fixtures.newUser("compte");
        long audit = Fixtures.lastAuditId();

        String disabled = ok("mutualis:disable " + login);
        String shown = ok("mutualis:user " + login);
        String listed = ok("mutualis:users");
        boolean loginWhileDisabled = authenticates(login, "mot-de-passe-1");
        refused("mutualis:disable " + login, "Le compte « " + login + " » est déjà désactivé.");
        String enabled = ok("mutualis:enable " + login);

        assertEquals("Compte " + login + " désactivé ; ses sessions sont fermées.", disabled);
        assertTrue(shown.contains("\n  État    : désactivé\n"), shown);
        assertTrue(listed.lines().anyMatch(l -> l.startsWith(login + " ") && l.contains("désactivé")), listed);
        assertFalse(loginWhileDisabled);
        assertEquals("Compte " + login + " réactivé.", enabled);
        assertTrue(authenticates(login, "mot-de-passe-1"));
        assertEquals(List.of("utilisateur.activer", "utilisateur.desactiver"), admin().audit(null, null, null, null, 10)
                .stream().filter(a -> login.equals(a.objet()) && a.id() > audit).map(a -> a.operation()).toList());
        refused("mutualis:disable personne.inconnue", "Utilisateur inconnu : « personne.inconnue ».");
    }

    @Test
    void helpShowsBothFormsOfDisableAndEnable() {
        GogoShell.Result help = Gogo.shell().execute("help mutualis:disable");

        String text = help.out() + (help.value() == null ? "" : help.value());
        assertTrue(text.contains("Désactive un module pour une collectivité"), text);
        assertTrue(text.contains("Désactive un compte utilisateur"), text);
    }

    @Test
    void unlockRefusesAnAccountThatIsNotLockedAndAnUnknownUser() {
        String login = Fixtures.newUser("verrou");
        long audit = Fixtures.lastAuditId();

        refused("mutualis:unlock " + login, "Le compte « " + login + " » n'est pas verrouillé.");
        refused("mutualis:unlock personne.inconnue", "Utilisateur inconnu : « personne.inconnue ».");

        assertEquals(audit, Fixtures.lastAuditId());
    }
}
