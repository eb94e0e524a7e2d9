package fr.mutualis.budget.server.regles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;

/**
 * An imputation is valid in a plan de comptes when its article is usable (known, not deleted), its chapter exists in
 * its section, the article feeds that chapter in the given direction, and its fonction (if any) exists. When the
 * chapter is the opération itself (investment voted by opération), only the article and the fonction are checked.
 */
public final class ControleImputation {

    private ControleImputation() {
    }

    public static List<String> verifier(Imputation imputation, Sens sens, PlanDeComptes plan) {
        List<String> refus = new ArrayList<>();
        String nomPlan = plan.declinaison().name() + " " + plan.exercice();
        boolean voteParOperation = imputation.chapitre().equals(imputation.operation());
        Optional<Chapitre> chapitre = plan.chapitre(imputation.chapitre());
        if (!voteParOperation && chapitre.isEmpty()) {
            refus.add("Chapitre " + imputation.chapitre() + " inconnu du plan de comptes " + nomPlan + ".");
        }
        chapitre.filter(c -> !voteParOperation && c.section() != imputation.section())
                .ifPresent(c -> refus.add("Le chapitre " + c.libelleComplet() + " relève de la section "
                        + c.section().complement() + ", pas " + imputation.section().complement() + "."));
        Optional<Article> article = plan.article(imputation.article());
        if (article.isEmpty()) {
            refus.add("Article " + imputation.article() + " inconnu ou supprimé du plan de comptes " + nomPlan + ".");
        }
        article.filter(a -> !voteParOperation && chapitre.isPresent() && !a.alimente(imputation.chapitre(), sens))
                .ifPresent(a -> refus.add("L'article " + a.code() + " « " + a.libelle() + " » n'alimente pas le chapitre "
                        + imputation.chapitre() + " en " + sens.libelle() + " (chapitres possibles : "
                        + chapitresPossibles(a, sens) + ")."));
        if (imputation.fonction() != null && plan.fonction(imputation.fonction()).isEmpty()) {
            refus.add("Fonction " + imputation.fonction() + " inconnue du plan de comptes " + nomPlan + ".");
        }
        return refus;
    }

    private static String chapitresPossibles(Article article, Sens sens) {
        List<String> chapitres = article.chapitres().entrySet().stream().filter(e -> e.getKey().sens() == sens)
                .map(Map.Entry::getValue).distinct().sorted().toList();
        return chapitres.isEmpty() ? "aucun" : String.join(", ", chapitres);
    }
}
