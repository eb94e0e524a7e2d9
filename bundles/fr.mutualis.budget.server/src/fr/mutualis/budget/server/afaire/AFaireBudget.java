package fr.mutualis.budget.server.afaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.StatutBordereau;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.FormatMontant;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.spi.ContributionAFaire;

/**
 * The budget lines of the "À faire" list, for the budgets voted for the current exercice: mandats and titres on no
 * bordereau yet (those the payroll issued among them), bordereaux in preparation to send (the ordonnateur signs
 * them), and expense chapters with less than a share of their opened credits still
 * available (a DM or a virement is needed before the next mandats are refused): the server setting
 * {@value #SEUIL}, {@value #SEUIL_PAR_DEFAUT} % by default.
 */
@Component(service = ContributionAFaire.class)
public final class AFaireBudget extends ContributionAFaire {

    /**
     * The setting ({@code mutualis.properties}): a chapter is "nearly exhausted" below this percentage of its opened
     * credits still available. A working threshold each host chooses, not a legal rule.
     */
    static final String SEUIL = "budget.todo.credits.percent";
    static final int SEUIL_PAR_DEFAUT = 10;

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final BudgetService budgets;
    private final BordereauService bordereaux;
    private final ExecutionService execution;
    private final int seuilPourcent;

    @Activate
    public AFaireBudget(@Reference BudgetService budgets, @Reference BordereauService bordereaux,
            @Reference ExecutionService execution, @Reference ServerConfig config) {
        super(BudgetModule.ID, Set.of(Role.SAISIE, Role.ORDONNATEUR));
        this.budgets = budgets;
        this.bordereaux = bordereaux;
        this.execution = execution;
        this.seuilPourcent = seuil(config);
    }

    /** The threshold of the configuration, from 0 (never listed) to 100 (every chapter with credits spent). */
    static int seuil(ServerConfig config) {
        int seuil = config.getInt(SEUIL, SEUIL_PAR_DEFAUT);
        if (seuil < 0 || seuil > 100) {
            throw new IllegalStateException("Configuration key " + SEUIL + " in " + config.configFile()
                    + " must be a percentage from 0 to 100, found: " + seuil);
        }
        return seuil;
    }

    @Override
    public List<LigneAFaire> lignes(Collectivite collectivite, Set<Role> roles) {
        LocalDate today = LocalDate.now(FRANCE);
        int exercice = today.getYear();
        List<LigneAFaire> lignes = new ArrayList<>();
        for (FicheBudget budget : budgets.budgets(collectivite.id())) {
            if (!budget.exercicesVotes().contains(exercice)) {
                continue;
            }
            for (Sens sens : Sens.values()) {
                String quoi = piecesSansBordereau(execution.registre(collectivite.id(), budget.code(), exercice,
                        sens).stream().filter(LigneRegistre::libre).toList(), sens, budget.code());
                if (quoi != null) {
                    lignes.add(ligne(collectivite, quoi, null, "budget.bordereaux", budget.code()));
                }
            }
            for (FicheBordereau b : bordereaux.bordereaux(collectivite.id(), budget.code(), exercice)) {
                if (b.statut() == StatutBordereau.EN_PREPARATION) {
                    String quoi = b.libelle() + " (" + b.nombrePieces() + " pièce(s), " + FormatMontant.euros(b.montant())
                            + ", budget " + budget.code() + ") : " + (roles.contains(Role.ORDONNATEUR) ? "à envoyer"
                                    : "à faire envoyer par l'ordonnateur");
                    lignes.add(ligne(collectivite, quoi, null, "budget.bordereaux", budget.code()));
                }
            }
            RapportExecution rapport = budgets.execution(collectivite.id(), budget.code(), exercice, today);
            for (LigneExecution l : rapport.lignes()) {
                if (l.sens() == Sens.DEPENSE && presqueEpuise(l, seuilPourcent)) {
                    String quoi = "Chapitre " + rapport.libelle(l.chapitre()) + " (budget " + budget.code()
                            + ") : crédits presque épuisés, disponible " + FormatMontant.euros(l.disponible())
                            + " sur " + FormatMontant.euros(l.creditsOuverts());
                    lignes.add(ligne(collectivite, quoi, null, "budget.execution", budget.code()));
                }
            }
        }
        return lignes;
    }

    /**
     * "3 mandats sans bordereau (budget 00, 3 039,90 €, dont 2 de la paie) : à mettre sur un bordereau", or null when
     * every pièce is on one. Payroll mandats are those whose objet the payroll writes ("PAIE DECEMBRE 2026 - …").
     */
    static String piecesSansBordereau(List<LigneRegistre> libres, Sens sens, String budget) {
        if (libres.isEmpty()) {
            return null;
        }
        BigDecimal total = libres.stream().map(LigneRegistre::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
        long paie = libres.stream().filter(l -> l.objet() != null && l.objet().startsWith("PAIE ")).count();
        String pieces = (sens == Sens.DEPENSE ? "mandat" : "titre") + (libres.size() > 1 ? "s" : "");
        return libres.size() + " " + pieces + " sans bordereau (budget " + budget + ", " + FormatMontant.euros(total)
                + (paie == 0 ? "" : paie == libres.size() ? ", de la paie" : ", dont " + paie + " de la paie")
                + ") : à mettre sur un bordereau";
    }

    /** Whether less than {@code seuilPourcent} % of the chapter's opened credits is still available. */
    static boolean presqueEpuise(LigneExecution l, int seuilPourcent) {
        return l.creditsOuverts().signum() > 0 && l.disponible().multiply(BigDecimal.valueOf(100))
                .compareTo(l.creditsOuverts().multiply(BigDecimal.valueOf(seuilPourcent))) < 0;
    }
}
