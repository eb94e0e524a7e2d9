package fr.mutualis.urbanism.server.documents;

import java.time.LocalDate;

import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * One application in the register of a commune.
 *
 * @param dateDecision date of the decision or of the tacit outcome; null while the instruction runs
 */
public record LigneRegistre(String numero, TypeDossier type, LocalDate dateDepot, CanalDepot canal, String demandeur,
        String adresseTerrain, String parcelles, String objet, EtatDossier etat, LocalDate dateLimite,
        LocalDate dateDecision) {
}
