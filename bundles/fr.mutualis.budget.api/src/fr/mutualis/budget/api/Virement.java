package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A move of expense credits from one chapter to another decided by the executive (M57 fongibilité des crédits). */
public record Virement(int exercice, LocalDate date, Chapitre source, Chapitre destination, BigDecimal montant)
        implements Serializable {

    public Virement {
        Erreurs e = new Erreurs("Virement de crédits");
        e.exercice(exercice);
        e.nonNul(date, "Date");
        e.nonNul(source, "Chapitre d'origine");
        e.nonNul(destination, "Chapitre de destination");
        e.exiger(source == null || destination == null || !source.code().equals(destination.code()),
                "le chapitre d'origine et le chapitre de destination sont identiques.");
        montant = e.montantPositif(montant, "Montant");
        e.lever();
    }
}
