package fr.mutualis.urbanism.server.tests;

import java.time.LocalDate;
import java.time.ZoneId;
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
import fr.mutualis.testing.OsgiServices;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.api.UrbanismeService;
import fr.mutualis.urbanism.server.internal.Echeancier;
import fr.mutualis.urbanism.server.internal.UrbanismeStore;

/**
 * Test data and callers. The database in {@code target/mutualis-data} survives between builds, so every test works
 * in a commune of its own, created with a fresh INSEE code. Service methods run inside a {@link CallContext} as the
 * remote layer would set it (the access policy itself is not in play here).
 */
public final class Essais {

    public static final String INSTRUCTEUR = "instructeur.essai";
    public static final String SECRETAIRE = "secretaire.essai";

    private static final Random RANDOM = new Random();

    private Essais() {
    }

    public static LocalDate aujourdhui() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    public static UrbanismeService service() {
        return OsgiServices.service(UrbanismeService.class);
    }

    public static Echeancier echeancier() {
        return OsgiServices.service(Echeancier.class);
    }

    /** A commune added to the core under an INSEE code no test has used yet (départements 01 to 19). */
    public static CollectiviteId communeNeuve() {
        Administration admin = OsgiServices.service(Administration.class);
        while (true) {
            String code = String.format("%02d%03d", 1 + RANDOM.nextInt(19), 1 + RANDOM.nextInt(899));
            try {
                console(() -> admin.show(code));
            } catch (IntrouvableException libre) {
                console(() -> admin.add(code, "Commune d'essai " + code, CollectiviteKind.COMMUNE, 800, null));
                return new CollectiviteId(code);
            }
        }
    }

    public static <T> T console(Supplier<T> travail) {
        return CallContext.console().run(travail);
    }

    public static <T> T instructeur(CollectiviteId commune, Supplier<T> travail) {
        return new CallContext(INSTRUCTEUR, commune, Set.of(Role.URBANISME_INSTRUCTEUR), "test").run(travail);
    }

    public static <T> T secretaire(CollectiviteId commune, Supplier<T> travail) {
        return new CallContext(SECRETAIRE, commune, Set.of(Role.SAISIE), "test").run(travail);
    }

    public static DossierDetail deposer(CollectiviteId commune, DepotDossier depot) {
        return secretaire(commune, () -> service().deposer(commune, depot));
    }

    private static final Petitionnaire DURAND = new Petitionnaire("Durand", "Marie", "1 place de l'Église",
            "marie.durand@example.org");

    public static DepotDossier depot(TypeDossier type, LocalDate date) {
        String cerfa = switch (type) {
            case DP -> "13703*08";
            case PCMI -> "13406*07";
            case PC, PA -> "13409*09";
            case PD -> "13405*06";
            case CUa, CUb -> "13410*06";
        };
        return DepotDossier.initial(type, date, CanalDepot.PAPIER, cerfa, DURAND, "Chemin des Prés",
                List.of(new Parcelle("AB", 12), new Parcelle("AB", 13)), "Projet d'essai " + type.name());
    }

    /** How many rows a commune has in each urbanism table and in the audit journal. */
    public record Traces(long dossiers, long evenements, long demandes, long majorations, long audit) {
    }

    public static Traces traces(CollectiviteId commune) {
        return new Traces(compter("urbanisme_dossier", commune), compter("urbanisme_evenement", commune),
                compter("urbanisme_demande_pieces", commune), compter("urbanisme_majoration", commune),
                compter("journal_audit", commune));
    }

    private static long compter(String table, CollectiviteId commune) {
        return Transactions.read(OsgiServices.service(UrbanismeStore.class).emf(), em -> ((Number) em
                .createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE collectivite = ?")
                .setParameter(1, commune.code()).getSingleResult()).longValue());
    }

    /** Audit entries of a commune for one operation, e.g. {@code urbanisme.depot}. */
    public static long audit(CollectiviteId commune, String operation) {
        return Transactions.read(OsgiServices.service(UrbanismeStore.class).emf(), em -> ((Number) em
                .createNativeQuery("SELECT COUNT(*) FROM journal_audit WHERE collectivite = ? AND operation = ?")
                .setParameter(1, commune.code()).setParameter(2, operation).getSingleResult()).longValue());
    }
}
