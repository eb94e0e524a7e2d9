package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import fr.mutualis.core.api.Decimaux;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * An absence of an agent, first and last day included.
 *
 * @param nature      maladie ordinaire or grève
 * @param debut       first day
 * @param fin         last day, on or after {@code debut}
 * @param heures      for a strike of part of one day only: the hours not worked (then {@code debut == fin}); null for
 *                    whole days
 * @param sansCarence for a maladie ordinaire: true when the law exempts it from the jour de carence (a prolongation,
 *                    a second leave within 48 hours for the same cause, an affection de longue durée… loi 2017-1837
 *                    art. 115); false otherwise, and always false for a strike
 */
public record Absence(NatureAbsence nature, LocalDate debut, LocalDate fin, BigDecimal heures, boolean sansCarence)
        implements Serializable {

    public Absence {
        if (nature == null || debut == null || fin == null) {
            throw new DonneeInvalideException(
                    "Absence incomplète : nature, date de début et date de fin sont requises.");
        }
        if (fin.isBefore(debut)) {
            throw new DonneeInvalideException("Absence du " + debut + " au " + fin
                    + " : la date de fin précède la date de début.");
        }
        if (heures != null) {
            if (nature != NatureAbsence.GREVE || !debut.equals(fin)) {
                throw new DonneeInvalideException("Un nombre d'heures ne se saisit que pour une grève d'une partie "
                        + "d'une seule journée (début = fin).");
            }
            if (Decimaux.horsLimites(heures)) {
                throw new DonneeInvalideException(Decimaux.message("Le nombre d'heures de grève"));
            }
            if (heures.signum() <= 0 || heures.compareTo(BigDecimal.valueOf(24)) >= 0) {
                throw new DonneeInvalideException("Nombre d'heures de grève invalide : " + heures.toPlainString()
                        + ". Attendu : un nombre d'heures strictement positif, inférieur à une journée.");
            }
        }
        if (sansCarence && nature != NatureAbsence.MALADIE_ORDINAIRE) {
            throw new DonneeInvalideException(
                    "Seul un congé de maladie ordinaire peut être exonéré du jour de carence.");
        }
    }

    /** Calendar days from {@code debut} to {@code fin}, both included. */
    public long jours() {
        return fin.toEpochDay() - debut.toEpochDay() + 1;
    }
}
