package fr.mutualis.payroll.server.journal;

import fr.mutualis.payroll.api.Bulletin;
import fr.mutualis.payroll.api.Statut;

/** A payslip of the month with the status it was paid under (which decides the budget articles). */
public record BulletinPaye(Statut statut, Bulletin bulletin) {
}
