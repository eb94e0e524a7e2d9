package fr.mutualis.budget.server.nomenclature;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.Fonction;
import fr.mutualis.budget.api.Nomenclature;

/**
 * One loaded M57 plan de comptes (exercice and déclinaison): its chapters by nature, its usable articles (deleted
 * accounts and grouping levels left out) and its fonctions, in document order. Immutable and thread-safe.
 */
public final class PlanDeComptes {

    private final String norme;
    private final Declinaison declinaison;
    private final int exercice;
    private final Map<String, Chapitre> chapitres;
    private final Map<String, Article> articles;
    private final Map<String, Fonction> fonctions;

    PlanDeComptes(String norme, Declinaison declinaison, int exercice, SequencedMap<String, Chapitre> chapitres,
            SequencedMap<String, Article> articles, SequencedMap<String, Fonction> fonctions) {
        this.norme = norme;
        this.declinaison = declinaison;
        this.exercice = exercice;
        this.chapitres = Collections.unmodifiableSequencedMap(chapitres);
        this.articles = Collections.unmodifiableSequencedMap(articles);
        this.fonctions = Collections.unmodifiableSequencedMap(fonctions);
    }

    public Declinaison declinaison() {
        return declinaison;
    }

    /** Exercice of the plan itself (it may serve later exercices, see {@link CataloguePlansDeComptes}). */
    public int exercice() {
        return exercice;
    }

    public Optional<Chapitre> chapitre(String code) {
        return Optional.ofNullable(chapitres.get(code));
    }

    public Optional<Article> article(String code) {
        return Optional.ofNullable(articles.get(code));
    }

    public Optional<Fonction> fonction(String code) {
        return Optional.ofNullable(fonctions.get(code));
    }

    public List<Chapitre> chapitres() {
        return List.copyOf(chapitres.values());
    }

    public List<Article> articles() {
        return List.copyOf(articles.values());
    }

    public List<Fonction> fonctions() {
        return List.copyOf(fonctions.values());
    }

    public Nomenclature resume() {
        return new Nomenclature(norme, declinaison, exercice, chapitres.size(), articles.size(), fonctions.size());
    }
}
