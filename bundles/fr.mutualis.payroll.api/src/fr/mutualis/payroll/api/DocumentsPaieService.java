package fr.mutualis.payroll.api;

import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.PAIE;

import java.time.YearMonth;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service: the complete payslips of a month (employer address and SIRET, the agent's full NIR, grade by
 * name, year-to-date totals, the period's absences), as the client shows them and as PDF documents. Every read is
 * journaled: a payslip shows its agent's NIR in full.
 */
@ProviderType
public interface DocumentsPaieService {

    /** The complete payslip as laid out for reading: the same content as {@link #bulletinPdf}. */
    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    PresentationBulletin presentationBulletin(CollectiviteId collectivite, long id);

    /** The complete payslip as a PDF document. */
    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    byte[] bulletinPdf(CollectiviteId collectivite, long id);

    /** Every payslip of the month in one PDF document, each from the top of a page, sorted by name. */
    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    byte[] bulletinsPdf(CollectiviteId collectivite, YearMonth mois);
}
