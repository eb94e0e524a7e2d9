package fr.mutualis.budget.ui.saisie;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.EmploiCompte;
import fr.mutualis.budget.api.Fonction;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.ui.Montants;

/**
 * Checks a mandat or titre line as it is typed, against the plan de comptes and the execution report loaded for the
 * budget: the chapter the article feeds, the credits still available there and, when the amount is over them, the
 * refusal the server would give. The server checks everything again when the pièce is issued.
 */
public final class ValidationSaisie {

    /**
     * @param imputation the imputation of the line when article and fonction are valid, otherwise null
     * @param credit     what is available on the chapter, or an empty text
     * @param erreur     what is wrong, in French, or null when the line can be issued
     */
    public record Verdict(Imputation imputation, String credit, String erreur) {

        public boolean valide() {
            return erreur == null;
        }
    }

    private final PlanComptable plan;
    private final RapportExecution rapport;
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, Chapitre> chapitres = new HashMap<>();
    private final Map<String, Fonction> fonctions = new HashMap<>();

    public ValidationSaisie(PlanComptable plan, RapportExecution rapport) {
        this.plan = plan;
        this.rapport = rapport;
        plan.articles().forEach(a -> articles.put(a.code(), a));
        plan.chapitres().forEach(c -> chapitres.put(c.code(), c));
        plan.fonctions().forEach(f -> fonctions.put(f.code(), f));
    }

    public Verdict verifier(Sens sens, String article, String fonction, String montant) {
        String code = article == null ? "" : article.strip();
        if (code.isEmpty()) {
            return new Verdict(null, "", "Saisissez l'article (compte par nature), par exemple "
                    + (sens == Sens.DEPENSE ? "60632." : "7067."));
        }
        Article compte = articles.get(code);
        String nomPlan = plan.nomenclature().declinaison().libelle() + " " + plan.nomenclature().exercice();
        if (compte == null) {
            return new Verdict(null, "", "Article " + code + " inconnu du plan de comptes " + nomPlan + ".");
        }
        Optional<Chapitre> chapitre = compte.chapitre(sens == Sens.DEPENSE ? EmploiCompte.DR : EmploiCompte.RR)
                .map(chapitres::get);
        if (chapitre.isEmpty()) {
            return new Verdict(null, "", "L'article " + code + " « " + compte.libelle() + " » ne peut pas porter de "
                    + sens.piece() + " : il n'alimente aucun chapitre de " + sens.libelle() + " réelle.");
        }
        Chapitre ch = chapitre.get();
        if (ch.previsionSeulement()) {
            return new Verdict(null, "", "Le chapitre " + ch.code() + " ne porte que des prévisions : aucun mandat "
                    + "ni titre ne peut y être imputé.");
        }
        String fct = fonction == null || fonction.isBlank() ? null : fonction.strip();
        if (fct != null && !fonctions.containsKey(fct)) {
            return new Verdict(null, "", "Fonction " + fct + " inconnue du plan de comptes " + nomPlan + ".");
        }
        Imputation imputation = new Imputation(ch.section(), ch.code(), code, fct, null);
        LigneExecution ligne = rapport.lignes().stream().filter(l -> l.section() == ch.section() && l.sens() == sens
                && l.chapitre().equals(ch.code())).findFirst().orElse(null);
        BigDecimal ouverts = ligne == null ? BigDecimal.ZERO.setScale(2) : ligne.creditsOuverts();
        BigDecimal consomme = ligne == null ? BigDecimal.ZERO.setScale(2) : ligne.realise();
        BigDecimal disponible = ouverts.subtract(consomme);
        String credit = "Disponible au chapitre " + ch.libelleComplet() + " : " + Montants.euros(disponible)
                + " (crédits ouverts " + Montants.euros(ouverts) + ", déjà " + sens.realise() + " "
                + Montants.euros(consomme) + ")";
        Optional<BigDecimal> somme = Montants.lire(montant);
        if (somme.isEmpty() || somme.get().signum() <= 0) {
            return new Verdict(imputation, credit, "Montant invalide : saisissez un montant positif, par exemple "
                    + "1 234,56.");
        }
        BigDecimal manque = somme.get().subtract(disponible);
        if (manque.signum() > 0) {
            return new Verdict(imputation, credit, "Crédits insuffisants au chapitre " + ch.code() + " : crédits ouverts "
                    + Montants.euros(ouverts) + ", déjà " + sens.realise() + " " + Montants.euros(consomme)
                    + ", montant demandé " + Montants.euros(somme.get()) + ", manque " + Montants.euros(manque) + ".");
        }
        return new Verdict(imputation, credit, null);
    }
}
