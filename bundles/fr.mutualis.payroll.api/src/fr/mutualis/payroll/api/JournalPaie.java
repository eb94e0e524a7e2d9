package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import fr.mutualis.core.api.CollectiviteId;

/**
 * The payroll journal of a month: totals per payslip line and per budget article, and the month's totals.
 *
 * @param lignes   one entry per line code and label, in payslip order
 * @param articles one entry per budget article, by article number; they add up to {@code totaux.coutEmployeur()}
 * @param totaux   sums of the payslips' totals
 */
public record JournalPaie(CollectiviteId collectivite, String nomCollectivite, PaieMois paie,
        List<TotalLigneJournal> lignes, List<TotalArticle> articles, TotauxBulletin totaux) implements Serializable {

    public JournalPaie {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(paie, "paie");
        lignes = List.copyOf(lignes);
        articles = List.copyOf(articles);
        Objects.requireNonNull(totaux, "totaux");
    }
}
