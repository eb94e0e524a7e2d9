package fr.mutualis.budget.server.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.api.TypeBudget;
import fr.mutualis.budget.api.VoteBudget;
import fr.mutualis.budget.server.internal.BudgetStore;
import fr.mutualis.budget.server.internal.Options;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.testing.OsgiServices;

/**
 * Test data. The database in {@code target/mutualis-data} survives builds without {@code clean}: every test creates
 * its own commune (a free code in 99xxx, never a real commune) and users under random names.
 */
final class Donnees {

    static final int EXERCICE = 2026;
    static final String BUDGET = "00";
    static final LocalDate VOTE = LocalDate.of(EXERCICE, 3, 30);
    static final LocalDate JOUR = LocalDate.of(EXERCICE, 4, 15);
    static final String MOT_DE_PASSE = "mot-de-passe-essai";
    static final Tiers FOURNISSEUR = new Tiers("QUINCAILLERIE MARTIN", null, "73282932000074", "F0012", "60", "03",
            null, new Adresse("12 RUE DE LA GARE", null, "74130", "BRIZON"), "FR7630006000011234567890189",
            "AGRIFRPP882");
    static final Imputation FOURNITURES = new Imputation(Section.FONCTIONNEMENT, "011", "60632", "020", null);
    /** Real expenses of fonctionnement: 33 000; the fongibilité ceiling at 7.5 % is 2 475. */
    static final List<LigneCredit> BP = List.of(
            credit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, "10000"),
            credit("012", Section.FONCTIONNEMENT, Sens.DEPENSE, "20000"),
            credit("65", Section.FONCTIONNEMENT, Sens.DEPENSE, "3000"),
            credit("023", Section.FONCTIONNEMENT, Sens.DEPENSE, "5000"),
            credit("731", Section.FONCTIONNEMENT, Sens.RECETTE, "25000"),
            credit("74", Section.FONCTIONNEMENT, Sens.RECETTE, "13000"),
            credit("21", Section.INVESTISSEMENT, Sens.DEPENSE, "6000"),
            credit("16", Section.INVESTISSEMENT, Sens.DEPENSE, "1000"),
            credit("021", Section.INVESTISSEMENT, Sens.RECETTE, "5000"),
            credit("10", Section.INVESTISSEMENT, Sens.RECETTE, "2000"));

    private static final Random RANDOM = new Random();

    private Donnees() {
    }

    static Administration admin() {
        return OsgiServices.service(Administration.class);
    }

    static <T> T enConsole(Supplier<T> travail) {
        return CallContext.console().run(travail);
    }

    static String suffixe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    /** A new commune in 99xxx with the budget module enabled. */
    static CollectiviteId nouvelleCommune() {
        for (int essai = 0; essai < 1000; essai++) {
            String code = String.format("99%03d", RANDOM.nextInt(999));
            if (!existe(code)) {
                enConsole(() -> admin().add(code, "Commune d'essai " + suffixe(), CollectiviteKind.COMMUNE, 800, null));
                enConsole(() -> {
                    admin().enableModule(code, BudgetModule.ID);
                    return null;
                });
                return new CollectiviteId(code);
            }
        }
        throw new AssertionError("Every code 99000-99998 is taken by earlier runs: build with 'clean' once.");
    }

    /**
     * Switches commitment accounts off for a commune (they are kept by default): for the tests of other rules, which
     * issue mandats without an engagement.
     */
    static void sansEngagements(CollectiviteId commune) {
        enConsole(() -> {
            OsgiServices.service(Options.class).engagements(commune, false);
            return null;
        });
    }

    private static boolean existe(String code) {
        try {
            enConsole(() -> admin().show(code));
            return true;
        } catch (IntrouvableException e) {
            return false;
        }
    }

    static Utilisateur utilisateur(CollectiviteId commune, Role... roles) {
        String login = "essai." + suffixe();
        enConsole(() -> {
            admin().addUser(login, "Utilisateur " + login, MOT_DE_PASSE);
            admin().grant(login, commune.code(), Set.of(roles));
            return null;
        });
        return new Utilisateur(login);
    }

    /** The budget principal 00 (M57 abrégée) of the commune, with the BP {@link #BP} voted (fongibilité 7.5 %). */
    static void budgetVote(Utilisateur ordonnateur, CollectiviteId commune) {
        BudgetService budgets = ordonnateur.service(BudgetService.class);
        budgets.creerBudget(commune, new Budget("COMMUNE D'ESSAI - BUDGET PRINCIPAL", TypeBudget.PRINCIPAL,
                Declinaison.M57_A, "074001", "21690123100011", "123", BUDGET));
        budgets.voter(commune, new VoteBudget(BUDGET, new DecisionBudgetaire(EtapeBudgetaire.BP, EXERCICE, VOTE, BP),
                new BigDecimal("0.075"), null));
    }

    static FicheTiers fournisseur(Utilisateur utilisateur, CollectiviteId commune) {
        return utilisateur.service(TiersService.class).enregistrerTiers(commune, FOURNISSEUR);
    }

    static SaisiePiece mandat(long tiers, Imputation imputation, String montant) {
        return new SaisiePiece(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, "Fournitures", tiers,
                List.of(new LignePiece(imputation, new BigDecimal(montant), null, null)), List.of(), "03", null);
    }

    static LigneCredit credit(String chapitre, Section section, Sens sens, String montant) {
        return new LigneCredit(chapitre, section, sens, new BigDecimal(montant));
    }

    /** A count of rows of the budget schema, read with SQL to prove what was (not) written. */
    static long compter(String sql, Object... parametres) {
        return Transactions.read(OsgiServices.service(BudgetStore.class).emf(), em -> {
            var requete = em.createNativeQuery(sql);
            for (int i = 0; i < parametres.length; i++) {
                requete.setParameter(i + 1, parametres[i]);
            }
            return ((Number) requete.getSingleResult()).longValue();
        });
    }

    static Object valeur(String sql, Object... parametres) {
        return Transactions.read(OsgiServices.service(BudgetStore.class).emf(), em -> {
            var requete = em.createNativeQuery(sql);
            for (int i = 0; i < parametres.length; i++) {
                requete.setParameter(i + 1, parametres[i]);
            }
            return requete.getSingleResult();
        });
    }
}
