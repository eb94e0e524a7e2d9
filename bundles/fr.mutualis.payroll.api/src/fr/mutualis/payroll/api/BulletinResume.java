package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;

/** One payslip of the month as the list shows it. */
public record BulletinResume(long id, long agentId, String matricule, String nom, String prenom, Statut statut,
        BigDecimal brut, BigDecimal netAPayer, BigDecimal coutEmployeur) implements Serializable {
}
