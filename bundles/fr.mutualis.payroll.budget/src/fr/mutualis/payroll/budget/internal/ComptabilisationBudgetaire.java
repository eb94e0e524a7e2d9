package fr.mutualis.payroll.budget.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/**
 * Issues the mandats on chapter 012 of a validated payroll month in the budget principal, through the budget's
 * {@link EmissionMandats} (all or nothing, credit control at the level of vote), where the budget module is enabled
 * for the collectivity. A refusal (short credits, missing payee) refuses the validation with the budget's message.
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

    @Override
    public String comptabiliser(CollectiviteId collectivite, JournalPaie journal) {
        if (!modules.estActive(collectivite, BudgetModule.ID)) {
            return null;
        }
        Declinaison declinaison = budgets.budgets(collectivite).stream()
                .filter(fiche -> fiche.budget().type() == TypeBudget.PRINCIPAL).findFirst()
                .map(FicheBudget::budget).map(budget -> budget.declinaison())
                .orElseThrow(() -> new DonneeInvalideException("Le module budget est activé pour la collectivité "
                        + collectivite.code() + " mais elle n'a pas de budget principal : créez-le avant de valider "
                        + "la paie, qui y est mandatée."));
        Map<String, Tiers> parReference = tiers.tiers(collectivite).stream().map(fiche -> fiche.tiers())
                .filter(t -> t.reference() != null)
                .collect(Collectors.toMap(Tiers::reference, t -> t, (premier, autre) -> premier));
        List<Mandat> mandats = emission.emettre(collectivite,
                LotPaie.lot(journal, declinaison, parReference, LocalDate.now()));
        BigDecimal total = mandats.stream().map(Piece::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
        return mandats.size() + " mandat(s) émis au chapitre 012 du budget principal " + mandats.get(0).exercice()
                + " (n° " + mandats.get(0).numero() + " à " + mandats.get(mandats.size() - 1).numero() + "), "
                + FormatFrancais.montant(total) + " €.";
    }
}
