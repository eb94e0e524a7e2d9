package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * A payslip with everything the printed bulletin de paie shows.
 *
 * @param etat      draft or validated (a draft payslip is marked provisional)
 * @param situation the agent as paid that month
 * @param bulletin  the computed lines and totals
 */
public record BulletinDetail(long id, EtatPaie etat, Employeur employeur, SituationBulletin situation,
        Bulletin bulletin) implements Serializable {

    public BulletinDetail {
        Objects.requireNonNull(etat, "etat");
        Objects.requireNonNull(employeur, "employeur");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(bulletin, "bulletin");
    }
}
