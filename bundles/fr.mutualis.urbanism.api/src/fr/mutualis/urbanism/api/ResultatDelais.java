package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Outcome of the deadline calculation: the date limite by the end of which a decision must be notified, what the
 * silence becomes after it, the rule applied (in French, with its articles) and warnings for the user.
 *
 * @param dateDebut          the day the period runs from: completion of the file, or the pieces request for a
 *                           tacit rejection
 * @param dureeMois          the length of the period, in months
 * @param finCristallisation for a tacit certificate (CU), the last day the rules stay frozen; null otherwise
 */
public record ResultatDelais(TypeDossier type, LocalDate dateDebut, int dureeMois, LocalDate dateLimite,
        IssueTacite issueTacite, String regleAppliquee, List<String> avertissements, LocalDate finCristallisation)
        implements Serializable {

    public ResultatDelais {
        if (type == null || dateDebut == null || dateLimite == null || issueTacite == null || regleAppliquee == null) {
            throw new DonneeInvalideException("Résultat de délais incomplet.");
        }
        if (dateLimite.isBefore(dateDebut) || dureeMois < 0) {
            throw new DonneeInvalideException("Résultat de délais incohérent : date limite "
                    + DatesFr.format(dateLimite) + " avant le début du délai " + DatesFr.format(dateDebut) + ".");
        }
        avertissements = avertissements == null ? List.of() : List.copyOf(avertissements);
    }

    /** The first day on which the tacit outcome exists: the day after the date limite. */
    public LocalDate dateIssueTacite() {
        return dateLimite.plusDays(1);
    }
}
