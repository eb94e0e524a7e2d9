package fr.mutualis.budget.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AuthenticatedOnly;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.Role;

/**
 * The remote contract: every method of the budget services declares the budget module and its roles, takes exactly
 * one collectivity, is not overloaded, and exchanges only serializable types of this package or of the JDK (the
 * deserialization allow-list lets nothing else through). EmissionMandats is server-local: it declares nothing.
 */
class ContratDistantTest {

    private static final List<Class<?>> SERVICES = List.of(NomenclatureService.class, BudgetService.class,
            TiersService.class, ExecutionService.class, BordereauService.class, EngagementService.class);
    private static final Set<Role> LECTURE = EnumSet.of(Role.LECTURE, Role.SAISIE, Role.ORDONNATEUR);
    private static final Set<Role> SAISIE = EnumSet.of(Role.SAISIE, Role.ORDONNATEUR);
    private static final Set<Role> ORDONNATEUR = EnumSet.of(Role.ORDONNATEUR);

    @Test
    void everyRemoteMethodDeclaresTheModuleItsRolesAndOneCollectivity() {
        for (Class<?> service : SERVICES) {
            for (Method method : service.getMethods()) {
                Permission permission = method.getAnnotation(Permission.class);
                String nom = service.getSimpleName() + "#" + method.getName();
                assertTrue(permission != null, nom + " has no @Permission");
                assertEquals(BudgetModule.ID, permission.module(), nom);
                assertEquals(1, Arrays.stream(method.getParameterTypes()).filter(CollectiviteId.class::equals)
                        .count(), nom);
                assertEquals(1, Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(method.getName()))
                        .count(), nom + " is overloaded");
                Set<Role> roles = EnumSet.copyOf(Arrays.asList(permission.value()));
                assertTrue(Set.of(LECTURE, SAISIE, ORDONNATEUR).contains(roles), nom + " " + roles);
            }
        }
    }

    @Test
    void readsAreOpenToReadersEntryToSaisieAndVotesSendingAndExportToTheOrdonnateur() throws Exception {
        assertEquals(LECTURE, roles(BudgetService.class.getMethod("execution", CollectiviteId.class, String.class,
                int.class, java.time.LocalDate.class)));
        assertEquals(SAISIE, roles(ExecutionService.class.getMethod("emettre", CollectiviteId.class,
                SaisiePiece.class)));
        assertEquals(ORDONNATEUR, roles(BudgetService.class.getMethod("voter", CollectiviteId.class,
                VoteBudget.class)));
        assertEquals(ORDONNATEUR, roles(BordereauService.class.getMethod("envoyer", CollectiviteId.class,
                long.class)));
        assertEquals(ORDONNATEUR, roles(BordereauService.class.getMethod("exporterPes", CollectiviteId.class,
                List.class)));
    }

    @Test
    void onlySerializableTypesOfThisPackageOrTheJdkCrossTheWire() {
        for (Class<?> service : SERVICES) {
            for (Method method : service.getMethods()) {
                verifier(method.getGenericReturnType(), method.getName());
                for (Type parametre : method.getGenericParameterTypes()) {
                    verifier(parametre, method.getName());
                }
            }
        }
    }

    @Test
    void emissionMandatsIsServerLocal() {
        for (Method method : EmissionMandats.class.getMethods()) {
            assertFalse(method.isAnnotationPresent(Permission.class));
            assertFalse(method.isAnnotationPresent(AuthenticatedOnly.class));
        }
    }

    private static Set<Role> roles(Method method) {
        return EnumSet.copyOf(Arrays.asList(method.getAnnotation(Permission.class).value()));
    }

    private static void verifier(Type type, String methode) {
        if (type instanceof ParameterizedType parametre) {
            verifier(parametre.getRawType(), methode);
            Arrays.stream(parametre.getActualTypeArguments()).forEach(t -> verifier(t, methode));
            return;
        }
        Class<?> classe = (Class<?>) type;
        if (classe.isPrimitive() || classe == void.class || classe.getName().startsWith("java.")) {
            return;
        }
        assertTrue(Serializable.class.isAssignableFrom(classe), methode + " : " + classe + " is not serializable");
        assertTrue(classe.getPackageName().equals("fr.mutualis.budget.api")
                || classe.getPackageName().equals("fr.mutualis.core.api"), methode + " : " + classe
                        + " is outside the allow-listed packages");
    }
}
