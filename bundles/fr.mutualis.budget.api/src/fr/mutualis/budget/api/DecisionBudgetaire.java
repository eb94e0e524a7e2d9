package fr.mutualis.budget.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A budget decision voted by the council (BP, BS or DM) and the credits it opens or changes, chapter by chapter.
 * Each (chapter, section, direction) appears at most once; BP amounts cannot be negative.
 */
public record DecisionBudgetaire(EtapeBudgetaire etape, int exercice, LocalDate dateVote, List<LigneCredit> lignes)
        implements Serializable {

    public DecisionBudgetaire {
        Erreurs e = new Erreurs("Décision budgétaire " + (etape == null ? "" : etape.name()) + " " + exercice);
        e.nonNul(etape, "Étape");
        e.exercice(exercice);
        e.nonNul(dateVote, "Date de vote");
        lignes = e.liste(lignes, "Lignes");
        if (lignes != null) {
            Set<String> vues = new HashSet<>();
            for (LigneCredit ligne : lignes) {
                String cle = ligne.chapitre() + " (" + ligne.sens().libelle() + " " + ligne.section().libelle() + ")";
                e.exiger(vues.add(cle), "le chapitre " + cle + " figure deux fois.");
                e.exiger(etape != EtapeBudgetaire.BP || ligne.montant().signum() >= 0,
                        "le budget primitif ne peut pas porter de montant négatif (chapitre " + cle + ").");
            }
        }
        e.lever();
    }
}
