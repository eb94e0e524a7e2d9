package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The agent as paid that month (a later change of grade or quotité does not alter a payslip already computed).
 *
 * @param nirMasque the NIR, always masked: a payslip is a document, not a declaration
 * @param codeGrade grid code of the grade, or null
 * @param echelon   échelon, 0 when no grade
 */
public record SituationBulletin(long agentId, String matricule, String nom, String prenom, String nirMasque,
        Statut statut, String codeGrade, int echelon, int indiceMajore, int pointsNbi,
        BigDecimal heuresHebdomadairesPoste, BigDecimal quotite) implements Serializable {
}
