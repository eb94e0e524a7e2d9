package fr.mutualis.urbanism.server.internal;

import java.util.List;

import fr.mutualis.urbanism.api.DossierResume;

/**
 * What a pass over the expired dossiers did.
 *
 * @param constatees   the dossiers whose tacit outcome was recorded
 * @param nonConstatees for each dossier left as it was, its number and why (French)
 */
public record BilanIssuesTacites(List<DossierResume> constatees, List<String> nonConstatees) {

    public BilanIssuesTacites {
        constatees = List.copyOf(constatees);
        nonConstatees = List.copyOf(nonConstatees);
    }
}
