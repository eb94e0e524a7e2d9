package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;

import fr.mutualis.core.api.FormatMontant;

/**
 * An engagement as the engagement list shows it: its tiers, what the mandats on it add up to (net of their
 * corrections) and what is left to mandate.
 *
 * @param tiers          id of the tiers in the répertoire, or null for an engagement taken without one
 * @param tiersNom       name of that tiers, or null
 * @param montantInitial the amount first engaged (the current one is {@code engagement.montant()})
 * @param mandate        total of the mandats on the engagement, net of annulations and réductions
 * @param motif          why it was last reduced or cancelled, or null
 */
public record FicheEngagement(Engagement engagement, Long tiers, String tiersNom, BigDecimal montantInitial,
        BigDecimal mandate, String motif) implements Serializable {

    public FicheEngagement {
        Erreurs e = new Erreurs("Fiche d'engagement");
        e.nonNul(engagement, "Engagement");
        montantInitial = e.montantPositif(montantInitial, "Montant initial");
        mandate = e.montantNonNegatif(mandate, "Mandaté");
        e.lever();
    }

    /** What may still be mandated on the engagement. */
    public BigDecimal reste() {
        return engagement.montant().subtract(mandate).max(BigDecimal.ZERO.setScale(2));
    }

    /** "en cours", "soldé" (nothing left to mandate) or "annulé" (cancelled before any mandat). */
    public String statut() {
        if (engagement.montant().signum() == 0) {
            return "annulé";
        }
        return reste().signum() == 0 ? "soldé" : engagement.montant().compareTo(montantInitial) < 0 ? "réduit"
                : "en cours";
    }

    /** "n° 3/2026 — Commande de fournitures (QUINCAILLERIE MARTIN), reste 1 200,00 €". */
    public String libelle() {
        return "n° " + engagement.numero() + "/" + engagement.exercice() + " — " + engagement.objet()
                + (tiersNom == null ? "" : " (" + tiersNom + ")") + ", reste "
                + FormatMontant.euros(reste());
    }
}
