package fr.mutualis.urbanism.server.tests;

import static fr.mutualis.urbanism.server.tests.Essais.console;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.AccessPolicy;
import fr.mutualis.testing.OsgiServices;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.UrbanismModule;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * Filing a dossier for a commune that delegated urbanism to a service (EPCI, syndicat) is the instructor's act: a
 * service user holding only {@code lecture} or {@code saisie} there is refused by the access policy, the instructor
 * is not, and the commune's own {@code saisie} staff still files for it.
 */
class DepotDelegueTest {

    private static final Random RANDOM = new Random();
    private static final Method DEPOSER = deposer();

    private CollectiviteId commune;
    private CollectiviteId service;

    private static Method deposer() {
        try {
            return UrbanismeService.class.getMethod("deposer", CollectiviteId.class, DepotDossier.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @BeforeEach
    void delegation() {
        Administration admin = OsgiServices.service(Administration.class);
        commune = Essais.communeNeuve();
        String siren = siren();
        service = new CollectiviteId(siren);
        console(() -> {
            admin.add(siren, "Syndicat ADS " + siren, CollectiviteKind.SYNDICAT, 5000, null);
            admin.enableModule(commune.code(), UrbanismModule.ID);
            return admin.delegate(UrbanismModule.ID, siren, List.of(commune.code()));
        });
    }

    private String user(CollectiviteId on, Role... roles) {
        Administration admin = OsgiServices.service(Administration.class);
        String login = "depot." + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        console(() -> {
            admin.addUser(login, "Agent " + login, "mot-de-passe-1");
            admin.grant(login, on.code(), Set.of(roles));
            return null;
        });
        return login;
    }

    private CallContext authorize(String login) {
        return OsgiServices.service(AccessPolicy.class).authorize(login, "192.0.2.44", DEPOSER,
                new Object[] { commune, null });
    }

    @Test
    void aServiceUserWithOnlyLectureOrSaisieCannotFileForTheDelegatingCommune() {
        for (Role[] roles : List.of(new Role[] { Role.LECTURE }, new Role[] { Role.SAISIE },
                new Role[] { Role.LECTURE, Role.SAISIE })) {
            String login = user(service, roles);

            AccesRefuseException e = assertThrows(AccesRefuseException.class, () -> authorize(login));

            assertEquals("Accès refusé : cette opération demande l'un des rôles Instructeur urbanisme (sur le service "
                    + "auquel elle a délégué ce module) sur la collectivité " + commune.code() + ".", e.getMessage());
        }
    }

    @Test
    void theServiceInstructorFilesForTheDelegatingCommune() {
        String login = user(service, Role.URBANISME_INSTRUCTEUR);

        assertEquals(Set.of(Role.URBANISME_INSTRUCTEUR), authorize(login).roles());
    }

    @Test
    void theCommunesOwnStaffStillFilesForIt() {
        String login = user(commune, Role.SAISIE);

        assertEquals(Set.of(Role.SAISIE), authorize(login).roles());
    }

    /** A SIREN in 9xxxxxxxx with a valid Luhn key (random: tests re-run on the same database). */
    private static String siren() {
        return ControleSiret.avecCle("9" + String.format("%07d", RANDOM.nextInt(10_000_000)));
    }
}
