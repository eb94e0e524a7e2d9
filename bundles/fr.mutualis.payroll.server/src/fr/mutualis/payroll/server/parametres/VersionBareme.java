package fr.mutualis.payroll.server.parametres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * A grid in force from a date of effect: tranches by increasing threshold, the first one starting at 0.
 *
 * @param dateEffet first day the grid applies
 * @param tranches  tranches, thresholds strictly increasing from 0
 * @param reference legal source of the grid
 */
public record VersionBareme(LocalDate dateEffet, List<TrancheBareme> tranches, ReferenceJuridique reference) {

    public VersionBareme {
        if (dateEffet == null || tranches == null || tranches.isEmpty() || reference == null) {
            throw new DonneeInvalideException("barème incomplet : date d'effet, tranches et référence juridique sont "
                    + "requises");
        }
        if (tranches.get(0).seuil().signum() != 0) {
            throw new DonneeInvalideException("barème au " + dateEffet + " : la première tranche doit commencer à 0");
        }
        for (int i = 1; i < tranches.size(); i++) {
            if (tranches.get(i).seuil().compareTo(tranches.get(i - 1).seuil()) <= 0) {
                throw new DonneeInvalideException("barème au " + dateEffet + " : les seuils doivent être strictement "
                        + "croissants (" + tranches.get(i - 1).seuil().toPlainString() + " puis "
                        + tranches.get(i).seuil().toPlainString() + ")");
            }
        }
        tranches = List.copyOf(tranches);
    }

    /** Rate of the tranche that contains {@code base} (a negative base falls in the first tranche). */
    public BigDecimal taux(BigDecimal base) {
        BigDecimal taux = tranches.get(0).taux();
        for (TrancheBareme tranche : tranches) {
            if (base.compareTo(tranche.seuil()) >= 0) {
                taux = tranche.taux();
            }
        }
        return taux;
    }
}
