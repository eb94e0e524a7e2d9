package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.AuditLine;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.internal.CoreStore;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.testing.OsgiServices;

/** The append-only audit journal: one entry per write, in the write's transaction, none for a refused write. */
class AuditJournalTest {

    @BeforeAll
    static void registerTestModule() {
        Fixtures.ensureTestModule();
    }

    private static List<String> operations(String code) {
        List<String> operations = new ArrayList<>();
        admin().audit(code, null, null, null, 100).forEach(a -> operations.add(0, a.operation()));
        return operations;
    }

    @Test
    void controlCharactersInALoginCannotForgeAnEntryOrReachATerminal() {
        String forged = "x\n2026-01-01 admin connexion.acceptee\u001b[2J\u0085\u202e";
        String address = "203.0.113.9\r\n";

        assertThrows(SecurityException.class, () -> OsgiServices.service(
                fr.mutualis.core.server.security.Authenticator.class).authenticate(Fixtures.newUser("forge",
                        "mot-de-passe-1"), "mauvais", address));
        CallContext attacker = new CallContext(forged, null, Set.of(), address);
        attacker.run(() -> Transactions.write(OsgiServices.service(CoreStore.class).emf(), em -> {
            OsgiServices.service(AuditJournal.class).record(em, null, "essai.forge", "objet\u0007\ttab");
            return null;
        }));

        AuditLine entry = admin().audit(null, null, null, null, 1).get(0);
        assertEquals("x\\x0A2026-01-01 admin connexion.acceptee\\x1B[2J\\x85\\u202E", entry.login());
        assertEquals("203.0.113.9\\x0D\\x0A", entry.adresseClient());
        assertEquals("objet\\x07\\x09tab", entry.objet());
        assertTrue(admin().audit(null, null, null, null, 2).stream()
                .allMatch(a -> a.login().chars().noneMatch(c -> c < 0x20)));
    }

    @Test
    void entriesRecordedAsOneBatchAreEscapedKeptInOrderAndRolledBackWithTheWrite() {
        String code = Fixtures.newSyndicat().id().code();
        CallContext caller = new CallContext("lot\u001b[2J", null, Set.of(), "198.51.100.7");
        List<AuditJournal.Entry> entries = List.of(new AuditJournal.Entry("mandat.emettre", "Mandat n° 1/2026"),
                new AuditJournal.Entry("mandat.emettre", "Mandat n° 2/2026\nfaux"),
                new AuditJournal.Entry("titre.emettre", "Titre n° 1/2026"));
        caller.run(() -> Transactions.write(OsgiServices.service(CoreStore.class).emf(), em -> {
            OsgiServices.service(AuditJournal.class).record(em, code, entries);
            return null;
        }));
        long before = Fixtures.auditCount();
        assertThrows(IllegalStateException.class, () -> caller.run(() -> Transactions.write(
                OsgiServices.service(CoreStore.class).emf(), em -> {
                    OsgiServices.service(AuditJournal.class).record(em, code, entries);
                    throw new IllegalStateException("the write fails after its journal");
                })));

        assertEquals(before, Fixtures.auditCount(), "rolled back with the write");
        List<AuditLine> lines = admin().audit(code, null, null, null, 100).reversed().subList(1, 4);
        assertEquals(List.of("Mandat n° 1/2026", "Mandat n° 2/2026\\x0Afaux", "Titre n° 1/2026"),
                lines.stream().map(AuditLine::objet).toList());
        assertEquals(List.of("mandat.emettre", "mandat.emettre", "titre.emettre"),
                lines.stream().map(AuditLine::operation).toList());
        assertTrue(lines.stream().allMatch(a -> a.login().equals("lot\\x1B[2J")
                && a.adresseClient().equals("198.51.100.7") && a.collectivite().equals(code)), lines::toString);
    }

    @Test
    void eachAdministrativeWriteOnACollectivityAppendsOneEntry() {
        Collectivite syndicat = Fixtures.newSyndicat();
        String code = syndicat.id().code();
        String login = Fixtures.newUser("journal", "mot-de-passe-1");

        asConsole(() -> {
            admin().enableModule(code, Fixtures.TEST_MODULE);
            admin().grant(login, code, EnumSet.of(Role.SAISIE, Role.LECTURE));
            admin().revoke(login, code, EnumSet.of(Role.SAISIE));
            admin().disableModule(code, Fixtures.TEST_MODULE);
        });

        assertEquals(List.of("collectivite.ajouter", "module.activer", "habilitation.accorder",
                "habilitation.retirer", "module.desactiver"), operations(code));
        List<AuditLine> lines = admin().audit(code, null, null, null, 100);
        assertTrue(lines.stream().allMatch(a -> a.login().equals("console") && a.adresseClient().equals("console")
                && a.collectivite().equals(code)), lines::toString);
        assertEquals(List.of(Fixtures.TEST_MODULE, login + " : saisie", login + " : lecture, saisie",
                Fixtures.TEST_MODULE, syndicat.nom()), lines.stream().map(AuditLine::objet).toList());
        assertTrue(ChronoUnit.MINUTES.between(lines.get(0).horodatage(), LocalDateTime.now()) < 5);
    }

    @Test
    void eachAdministrativeWriteOnAUserAppendsOneEntryWithoutCollectivity() {
        long before = Fixtures.auditCount();
        String login = Fixtures.newUser("journal", "mot-de-passe-1");

        asConsole(() -> admin().setPassword(login, "autre-mot-de-passe"));

        assertEquals(before + 2, Fixtures.auditCount());
        List<AuditLine> lines = admin().audit(null, "console", null, null, 2);
        assertEquals(List.of("utilisateur.motdepasse", "utilisateur.ajouter"),
                lines.stream().map(AuditLine::operation).toList());
        assertTrue(lines.stream().allMatch(a -> a.collectivite() == null && a.objet().equals(login)), lines::toString);
    }

    @Test
    void aRefusedWriteAppendsNothing() {
        Collectivite syndicat = Fixtures.newSyndicat();
        String code = syndicat.id().code();
        String login = Fixtures.newUser("journal", "mot-de-passe-1");
        asConsole(() -> admin().enableModule(code, Fixtures.TEST_MODULE));
        long before = Fixtures.auditCount();

        List<Runnable> refused = List.of(
                () -> admin().add(code, "Doublon", CollectiviteKind.SYNDICAT, 1, null),
                () -> admin().enableModule(code, Fixtures.TEST_MODULE),
                () -> admin().enableModule(code, "inconnu"),
                () -> admin().addUser(login, "Doublon", "mot-de-passe-1"),
                () -> admin().setPassword(login, "court"),
                () -> admin().revoke(login, code, Set.of()),
                () -> admin().grant(login, code, Set.of()),
                () -> admin().unlock(login));
        for (Runnable write : refused) {
            assertThrows(MutualisException.class, () -> asConsole(write));
        }

        assertEquals(before, Fixtures.auditCount());
        assertEquals(List.of("collectivite.ajouter", "module.activer"), operations(code));
    }

    @Test
    void recordsTheLoginCollectivityAndAddressOfTheCurrentCall() {
        String code = Fixtures.newSyndicat().id().code();
        CallContext alice = new CallContext("alice", fr.mutualis.core.api.CollectiviteId.of(code), Set.of(Role.SAISIE),
                "203.0.113.5");

        alice.run(() -> Transactions.write(OsgiServices.service(CoreStore.class).emf(), em -> {
            OsgiServices.service(AuditJournal.class).record(em, code, "mandat.creer", "Mandat n°1");
            return null;
        }));

        AuditLine line = admin().audit(code, "alice", null, null, 10).get(0);
        assertEquals(List.of("alice", code, "mandat.creer", "Mandat n°1", "203.0.113.5"),
                List.of(line.login(), line.collectivite(), line.operation(), line.objet(), line.adresseClient()));
    }

    @Test
    void aRolledBackWriteLeavesNoEntry() {
        String code = Fixtures.newSyndicat().id().code();
        long before = Fixtures.auditCount();

        assertThrows(DonneeInvalideException.class, () -> CallContext.console().run(() -> Transactions.write(
                OsgiServices.service(CoreStore.class).emf(), em -> {
                    OsgiServices.service(AuditJournal.class).record(em, code, "mandat.creer", "Mandat annulé");
                    throw new DonneeInvalideException("refusé après le journal");
                })));

        assertEquals(before, Fixtures.auditCount());
        assertEquals(List.of("collectivite.ajouter"), operations(code));
    }

    @Test
    void aWriteOutsideAnyCallContextIsRefusedAndWritesNothing() {
        String siren = Fixtures.freeSiren();
        long before = Fixtures.auditCount();

        AccesRefuseException e = assertThrows(AccesRefuseException.class,
                () -> admin().add(siren, "Sans contexte", CollectiviteKind.SYNDICAT, 1, null));

        assertEquals("Accès refusé : aucun utilisateur authentifié pour cet appel.", e.getMessage());
        assertFalse(Fixtures.exists(siren));
        assertEquals(before, Fixtures.auditCount());
    }

    @Test
    void filtersByDatesAndLimitsTheNumberOfLines() {
        String code = Fixtures.newSyndicat().id().code();
        asConsole(() -> admin().enableModule(code, Fixtures.TEST_MODULE));
        LocalDate today = LocalDate.now();

        assertEquals(2, admin().audit(code, null, today, today, 100).size());
        assertEquals(1, admin().audit(code, null, null, null, 1).size());
        assertEquals(0, admin().audit(code, null, today.plusDays(1), null, 100).size());
        assertEquals(0, admin().audit(code, null, null, today.minusDays(1), 100).size());
        assertEquals(0, admin().audit(code, "quelqu.un", null, null, 100).size());
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> admin().audit(null, null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31), 10));
        assertEquals("La date de fin (2025-01-31) précède la date de début (2025-02-01).", e.getMessage());
    }
}
