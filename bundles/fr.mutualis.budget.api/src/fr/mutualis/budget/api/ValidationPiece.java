package fr.mutualis.budget.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks shared by the canonical constructors of {@link Mandat} and {@link Titre}. */
final class ValidationPiece {

    private ValidationPiece() {
    }

    static void valider(Erreurs e, int exercice, int numero, String objet, Tiers tiers, List<LignePiece> lignes,
            NaturePiece nature, ReferencePiece origine) {
        e.exercice(exercice);
        e.exiger(numero >= 1, "numéro invalide : " + numero + ".");
        e.texte(objet, "Objet");
        e.nonNul(tiers, "Tiers");
        if (lignes != null) {
            e.exiger(!lignes.isEmpty(), "une pièce a au moins une ligne.");
            Set<Section> sections = new HashSet<>();
            lignes.forEach(ligne -> sections.add(ligne.imputation().section()));
            e.exiger(sections.size() <= 1, "toutes les lignes d'une pièce relèvent de la même section.");
        }
        if (e.nonNul(nature, "Nature") != null) {
            e.exiger(nature.corrective() == (origine != null), nature.corrective()
                    ? "une " + nature.libelle() + " doit désigner la pièce qu'elle corrige."
                    : "une pièce ordinaire ne désigne pas de pièce d'origine.");
        }
    }
}
