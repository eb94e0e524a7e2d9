package fr.mutualis.payroll.budget.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.EmissionMandats;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.api.TypeBudget;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.spi.ModuleActivations;
import fr.mutualis.payroll.api.ComptabilisationPaie;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.JournalPaie;
import fr.mutualis.payroll.api.LigneMandatement;

/**
 * Issues the mandats on chapter 012 of a validated payroll month in the budget principal, through the budget's
 * {@link EmissionMandats} (all or nothing, credit control at the level of vote), where the budget module is enabled
 * for the collectivity: the net-pay mandat with one line per agent, then one mandat per organism ({@link LotPaie}). A
 * refusal (short credits, missing payee, agent without bank account) refuses the validation with a French message.
 * It also tells the payroll which chart the budget principal uses, so the journal has the mandats' articles.
 */
@Component(service = ComptabilisationPaie.class)
public final class ComptabilisationBudgetaire implements ComptabilisationPaie {

    private final ModuleActivations modules;
    private final BudgetService budgets;
    private final TiersService tiers;
    private final EmissionMandats emission;

    @Activate
    public ComptabilisationBudgetaire(@Reference ModuleActivations modules, @Reference BudgetService budgets,
            @Reference TiersService tiers, @Reference EmissionMandats emission) {
        this.modules = modules;
        this.budgets = budgets;
        this.tiers = tiers;
        this.emission = emission;
    }

    /** Not called since payroll API 1.1: the journal alone cannot name each agent as creditor. */
    @Override
    @Deprecated
    public String comptabiliser(CollectiviteId collectivite, JournalPaie journal) {
        throw new UnsupportedOperationException("The payroll server passes the month's mandat lines");
    }

    @Override
    public String comptabiliser(CollectiviteId collectivite, JournalPaie journal, List<LigneMandatement> lignes) {
        if (!modules.estActive(collectivite, BudgetModule.ID)) {
            return null;
        }
        principal(collectivite);
        Map<String, Tiers> parReference = tiers.tiers(collectivite).stream().map(fiche -> fiche.tiers())
                .filter(t -> t.reference() != null)
                .collect(Collectors.toMap(Tiers::reference, t -> t, (premier, autre) -> premier));
        List<Mandat> mandats = emission.emettre(collectivite,
                LotPaie.lot(collectivite, journal.paie().mois(), lignes, parReference, LocalDate.now()));
        BigDecimal total = mandats.stream().map(Piece::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
        return mandats.size() + " mandat(s) émis au chapitre 012 du budget principal " + mandats.get(0).exercice()
                + " (n° " + mandats.get(0).numero() + " à " + mandats.get(mandats.size() - 1).numero() + "), "
                + FormatFrancais.montant(total) + " €.";
    }

    /**
     * True when the budget principal is in M57 abrégée: the journal then uses its grouped articles. Without budget
     * principal (yet), the développée articles; the validation then says the budget is missing.
     */
    @Override
    public boolean nomenclatureAbregee(CollectiviteId collectivite) {
        return modules.estActive(collectivite, BudgetModule.ID)
                && declinaison(collectivite).orElse(Declinaison.M57_D) == Declinaison.M57_A;
    }

    private Optional<Declinaison> declinaison(CollectiviteId collectivite) {
        return budgets.budgets(collectivite).stream()
                .filter(fiche -> fiche.budget().type() == TypeBudget.PRINCIPAL).findFirst()
                .map(FicheBudget::budget).map(budget -> budget.declinaison());
    }

    private Declinaison principal(CollectiviteId collectivite) {
        return declinaison(collectivite).orElseThrow(() -> new DonneeInvalideException("Le module budget est "
                + "activé pour la collectivité " + collectivite.code() + " mais elle n'a pas de budget principal : "
                + "créez-le avant de valider la paie, qui y est mandatée."));
    }
}
