package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * An account usable in a budget (the "article", most detailed level), with the chapter it feeds in each allowed use.
 *
 * @param code       account number, e.g. {@code 60632}
 * @param libelle    official label, verbatim from the plan de comptes
 * @param chapitres  chapter fed for each allowed use (DR, DOES…); a use that is absent is not allowed
 */
public record Article(String code, String libelle, Map<EmploiCompte, String> chapitres) implements Serializable {

    public Article {
        Erreurs e = new Erreurs("Article " + code);
        e.code(code, "Code", Codes.ARTICLE, Codes.ARTICLE_ATTENDU);
        e.texte(libelle, "Libellé");
        if (e.nonNul(chapitres, "Chapitres") != null) {
            e.exiger(!chapitres.isEmpty(), "aucun emploi autorisé : ce n'est pas un article utilisable.");
            chapitres.values().forEach(c -> e.code(c, "Chapitre alimenté", Codes.CHAPITRE, Codes.CHAPITRE_ATTENDU));
        }
        e.lever();
        chapitres = Map.copyOf(chapitres);
    }

    /** The chapter this account feeds when used this way, or empty when the use is not allowed. */
    public Optional<String> chapitre(EmploiCompte emploi) {
        return Optional.ofNullable(chapitres.get(emploi));
    }

    /** True when one of the uses in direction {@code sens} feeds {@code chapitre}. */
    public boolean alimente(String chapitre, Sens sens) {
        return chapitres.entrySet().stream()
                .anyMatch(entry -> entry.getKey().sens() == sens && entry.getValue().equals(chapitre));
    }
}
