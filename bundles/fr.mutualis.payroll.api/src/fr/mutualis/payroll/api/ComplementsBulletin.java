package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.util.List;

/**
 * What the printed payslip shows beyond {@link BulletinDetail}, read by the server when it lays the payslip out.
 *
 * @param nir              the agent's NIR in full (his own payslip: masked only in lists)
 * @param adresseEmployeur the employer's postal address on one line, or null when not recorded
 * @param siret            the employer's SIRET (the establishment that pays), or null when not recorded
 * @param libelleGrade     the grade by name with its code and grid, as printed ("Adjoint administratif principal de
 *                         2e classe (ADJ-ADM-P2, grille C2)", "Échelle C2 de la catégorie C (grille C2)"), or null
 * @param cumuls           the year-to-date totals
 * @param absences         the period's absences, one French line each ("Maladie ordinaire du … au …"); empty when
 *                         none is recorded
 */
public record ComplementsBulletin(String nir, String adresseEmployeur, String siret, String libelleGrade,
        CumulsAnnuels cumuls, List<String> absences) implements Serializable {

    public ComplementsBulletin {
        absences = absences == null ? List.of() : List.copyOf(absences);
    }
}
