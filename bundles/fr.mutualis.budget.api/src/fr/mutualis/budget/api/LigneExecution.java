package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Execution of one chapter: credits opened (BP + BS + DM + virements received - given), engaged, executed (net of
 * annulations and réductions) and still available for mandats or titres.
 */
public record LigneExecution(Section section, Sens sens, String chapitre, BigDecimal creditsOuverts,
        BigDecimal engage, BigDecimal realise) implements Serializable {

    public LigneExecution {
        Erreurs e = new Erreurs("Ligne d'exécution " + chapitre);
        e.nonNul(section, "Section");
        e.nonNul(sens, "Sens");
        e.code(chapitre, "Chapitre", Codes.CHAPITRE, Codes.CHAPITRE_ATTENDU);
        creditsOuverts = e.montant(creditsOuverts, "Crédits ouverts");
        engage = e.montant(engage, "Engagé");
        realise = e.montant(realise, "Réalisé");
        e.lever();
    }

    /** Credits opened minus what was mandated (or titled). */
    public BigDecimal disponible() {
        return creditsOuverts.subtract(realise);
    }
}
