package fr.mutualis.payroll.server.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Nir;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.payroll.api.PayrollModule;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.payroll.server.internal.PaieStore;
import fr.mutualis.testing.OsgiServices;

/**
 * Test data that survives between builds ({@code target/mutualis-data} is kept without {@code clean}): every test
 * works in a commune of its own, created under a free 99xxx code, with agents whose NIRs are random but valid.
 */
final class Fixtures {

    private static final Random RANDOM = new Random();
    /** Grades on the échelles C1, C2 and C3, and the indice majoré of their échelon 1 (décret 2016-604, 2024). */
    private static final String[] GRADES = { "ADJ-TECH", "ADJ-ADM-P2", "AGT-SOC-P1" };
    private static final int[] INDICES = { 366, 367, 373 };

    private Fixtures() {
    }

    static Administration admin() {
        return OsgiServices.service(Administration.class);
    }

    static AgentService agents() {
        return OsgiServices.service(AgentService.class);
    }

    static PaieService paie() {
        return OsgiServices.service(PaieService.class);
    }

    /** A new commune with the payroll module enabled. */
    static CollectiviteId nouvelleCommune() {
        return CallContext.console().run(() -> {
            for (int essai = 0; essai < 10_000; essai++) {
                String code = String.format("99%03d", RANDOM.nextInt(999));
                try {
                    admin().show(code);
                } catch (IntrouvableException libre) {
                    admin().add(code, "Commune de paie " + code, CollectiviteKind.COMMUNE, 800, null);
                    admin().enableModule(code, PayrollModule.ID);
                    return new CollectiviteId(code);
                }
            }
            throw new AssertionError("Every code 99000-99998 is taken by earlier runs: build with 'clean' once.");
        });
    }

    /** Runs work as a user holding {@code roles} on the collectivity, as a remote call would after the policy. */
    static <T> T en(CollectiviteId collectivite, Set<Role> roles, Supplier<T> work) {
        return new CallContext("utilisateur.test", collectivite, roles, "127.0.0.1").run(work);
    }

    static <T> T enPaie(CollectiviteId collectivite, Supplier<T> work) {
        return en(collectivite, Set.of(Role.PAIE), work);
    }

    /** A random NIR with a correct key: sex, year, month, département 01-95, commune, order, key. */
    static String nir() {
        String numero = String.format("%d%02d%02d%02d%03d%03d", 1 + RANDOM.nextInt(2), RANDOM.nextInt(100),
                1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(95), 1 + RANDOM.nextInt(999), 1 + RANDOM.nextInt(999));
        return Nir.avecCle(numero);
    }

    /**
     * The worked example of domain.md 2.5 as an agent: titulaire, IM 400, NBI 15, 2 children. IM 400 is the index of
     * no échelon of the shipped grids (C2 échelon 10 is IM 409), so the example names no grade: an agent whose grade
     * has no grid here is entered by his indice alone.
     */
    static AgentSaisie exemple(String matricule, String nir) {
        return new AgentSaisie(matricule, "EXEMPLE", "Domaine", nir, Statut.TITULAIRE, new BigDecimal("35"),
                BigDecimal.ONE, null, 0, 400, 15, ZoneResidence.ZONE_3, 2,
                List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal("250"))), CategorieTpp.C,
                null, LocalDate.of(2020, 1, 1), null, naissance(nir), "523c");
    }

    /**
     * A date of birth consistent with the NIR (year 19yy of its 2nd-3rd digits, month of its 4th-5th, day 15), as
     * the DSN needs and the entry checks.
     */
    static LocalDate naissance(String saisie) {
        String nir = Nir.normaliser(saisie);
        return LocalDate.of(1900 + Integer.parseInt(nir.substring(1, 3)), Integer.parseInt(nir.substring(3, 5)), 15);
    }

    /** A titulaire adjoint administratif principal de 2e classe (échelle C2) at {@code echelon} with {@code indice}. */
    static AgentSaisie adjointPrincipal(String matricule, int echelon, int indice) {
        String nir = nir();
        return new AgentSaisie(matricule, "ADJOINT", "Principal", nir, Statut.TITULAIRE, new BigDecimal("35"),
                BigDecimal.ONE, "ADJ-ADM-P2", echelon, indice, 0, ZoneResidence.ZONE_3, 0, List.of(), CategorieTpp.C,
                null, LocalDate.of(2020, 1, 1), null, naissance(nir), "523c");
    }

    static AgentSaisie contractuel(String matricule, int indice, LocalDate entree) {
        String nir = nir();
        return new AgentSaisie(matricule, "CONTRACTUEL", "Agent " + matricule, nir, Statut.CONTRACTUEL,
                new BigDecimal("35"), BigDecimal.ONE, null, 0, indice, 0, ZoneResidence.ZONE_1, 0, List.of(),
                CategorieTpp.AUCUNE, null, entree, null, naissance(nir), "524c");
    }

    /** Creates {@code nombre} ordinary agents (C1 to C3 titulaires, some part time) as the payroll officer. */
    static List<Long> agentsOrdinaires(CollectiviteId collectivite, int nombre) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= nombre; i++) {
            String nir = nir();
            AgentSaisie saisie = new AgentSaisie(String.format("T%04d", i), "AGENT" + i, "Prénom", nir,
                    i % 5 == 0 ? Statut.STAGIAIRE : Statut.TITULAIRE, new BigDecimal("35"),
                    i % 4 == 0 ? new BigDecimal("0.8") : BigDecimal.ONE, GRADES[i % 3], 1, INDICES[i % 3],
                    0, ZoneResidence.values()[i % 3], i % 4, List.of(), CategorieTpp.C, null,
                    LocalDate.of(2019, 1 + i % 12, 1), null, naissance(nir), "523c");
            ids.add(enPaie(collectivite, () -> agents().creerAgent(collectivite, saisie)).id());
        }
        return ids;
    }

    /** Rows of a native SQL query on the server's database, to prove what is (not) stored. */
    static List<Object[]> sql(String requete, Object... parametres) {
        // as the administrator: on PostgreSQL row-level security would otherwise show only the current collectivity
        return CallContext.console().run(() -> Transactions.read(OsgiServices.service(PaieStore.class).emf(), em -> {
            var query = em.createNativeQuery(requete);
            for (int i = 0; i < parametres.length; i++) {
                query.setParameter(i + 1, parametres[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            for (Object row : query.getResultList()) {
                rows.add(row instanceof Object[] cells ? cells : new Object[] { row });
            }
            return rows;
        }));
    }

    /** Runs a native SQL update on the server's database, e.g. to put a row back in an older shape. */
    static int modifier(String requete, Object... parametres) {
        // as the administrator, in a transaction of the server's own (which sets the row-level security settings)
        return CallContext.console().run(() -> Transactions.write(OsgiServices.service(PaieStore.class).emf(), em -> {
            var query = em.createNativeQuery(requete);
            for (int i = 0; i < parametres.length; i++) {
                query.setParameter(i + 1, parametres[i]);
            }
            return query.executeUpdate();
        }));
    }

    static long compter(String requete, Object... parametres) {
        return ((Number) sql(requete, parametres).get(0)[0]).longValue();
    }
}
