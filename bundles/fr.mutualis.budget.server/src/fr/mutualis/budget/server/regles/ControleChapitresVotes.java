package fr.mutualis.budget.server.regles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;

/**
 * The chapters a budget decision votes credits on must exist in the plan de comptes, in the section given, and be
 * fed by at least one account in the direction given (D 70 or R 011 cannot be voted).
 */
public final class ControleChapitresVotes {

    private ControleChapitresVotes() {
    }

    public static List<String> verifier(List<LigneCredit> lignes, PlanDeComptes plan) {
        List<String> refus = new ArrayList<>();
        String nomPlan = plan.declinaison().name() + " " + plan.exercice();
        List<Article> articles = plan.articles();
        for (LigneCredit ligne : lignes) {
            Optional<Chapitre> chapitre = plan.chapitre(ligne.chapitre());
            if (chapitre.isEmpty()) {
                refus.add("Chapitre " + ligne.chapitre() + " inconnu du plan de comptes " + nomPlan + ".");
            } else if (chapitre.get().section() != ligne.section()) {
                refus.add("Le chapitre " + chapitre.get().libelleComplet() + " relève de la section "
                        + chapitre.get().section().complement() + ", pas " + ligne.section().complement() + ".");
            } else if (articles.stream().noneMatch(a -> a.alimente(ligne.chapitre(), ligne.sens()))) {
                refus.add("Le chapitre " + chapitre.get().libelleComplet() + " ne peut pas porter de crédits en "
                        + ligne.sens().libelle() + ".");
            }
        }
        return refus;
    }
}
