package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.time.LocalDate;

import fr.mutualis.core.api.CollectiviteId;

/**
 * A dossier as listed: enough to find it, know where it stands and how urgent it is.
 *
 * @param numero         registration number, e.g. {@code PC 074 049 26 00001}
 * @param petitionnaire  the applicant's designation
 * @param dateLimite     the date limite d'instruction (or, while pieces are awaited, the last day to supply them)
 * @param issueTacite    what silence becomes after the date limite
 * @param joursRestants  days from today to the date limite (0: today is the last day; negative: passed); null once
 *                       the instruction is over
 */
public record DossierResume(CollectiviteId commune, String numero, TypeDossier type, EtatDossier etat,
        LocalDate dateDepot, String petitionnaire, String adresseTerrain, LocalDate dateLimite,
        IssueTacite issueTacite, Integer joursRestants) implements Serializable {
}
