package fr.mutualis.payroll.server.parametres;

import java.math.BigDecimal;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * One tranche of a grid: the rate that applies to a base equal to or above {@code seuil} (and below the next one).
 *
 * @param seuil lower bound in euros, inclusive
 * @param taux  rate in percent
 */
public record TrancheBareme(BigDecimal seuil, BigDecimal taux) {

    public TrancheBareme {
        if (seuil == null || taux == null) {
            throw new DonneeInvalideException("tranche incomplète : seuil et taux sont requis");
        }
        Unite.EUROS.probleme(seuil).ifPresent(probleme -> {
            throw new DonneeInvalideException("seuil de tranche invalide : " + probleme);
        });
        Unite.POURCENTAGE.probleme(taux).ifPresent(probleme -> {
            throw new DonneeInvalideException("taux de tranche invalide : " + probleme);
        });
    }
}
