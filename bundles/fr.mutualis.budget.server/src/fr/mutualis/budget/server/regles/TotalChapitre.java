package fr.mutualis.budget.server.regles;

import java.math.BigDecimal;

import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

/**
 * An amount engaged or executed on a chapter at the level of vote, already summed (by the database for a report):
 * executed amounts are net of annulations and réductions.
 */
public record TotalChapitre(Section section, Sens sens, String chapitre, BigDecimal montant) {
}
