package fr.mutualis.budget.api;

import java.io.Serializable;
import java.util.List;

/**
 * The M57 plan de comptes that applies to a budget of {@code exerciceDemande}: the newest shipped plan whose exercice
 * is not later. Its chapters, usable articles and fonctions, in the order of the official file.
 */
public record PlanComptable(Nomenclature nomenclature, int exerciceDemande, List<Chapitre> chapitres,
        List<Article> articles, List<Fonction> fonctions) implements Serializable {

    public PlanComptable {
        Erreurs e = new Erreurs("Plan comptable");
        e.nonNul(nomenclature, "Nomenclature");
        e.exercice(exerciceDemande);
        chapitres = e.liste(chapitres, "Chapitres");
        articles = e.liste(articles, "Articles");
        fonctions = e.liste(fonctions, "Fonctions");
        e.lever();
    }

    /** True when no plan of the exercice asked for is shipped and an older one is used. */
    public boolean planAnterieur() {
        return nomenclature.exercice() < exerciceDemande;
    }

    /** The French notice to show when {@link #planAnterieur()}, otherwise null. */
    public String avertissement() {
        return avertissement(nomenclature, exerciceDemande);
    }

    /** The same notice for a nomenclature summary. */
    public static String avertissement(Nomenclature nomenclature, int exerciceDemande) {
        return nomenclature.exercice() < exerciceDemande ? "Aucun plan de comptes M57 " + exerciceDemande
                + " n'est livré : le plan " + nomenclature.exercice() + " (" + nomenclature.declinaison().libelle()
                + "), le plus récent disponible, s'applique." : null;
    }
}
