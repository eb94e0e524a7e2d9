package fr.mutualis.payroll.api;

import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.PAIE;

import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Idempotent;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service: the monthly payroll of one collectivity. The payroll role runs it (a new run replaces the draft);
 * the ordonnateur validates it, which locks the month and, when the budget module is enabled, issues the mandats on
 * chapter 012. Payslips and the journal are read by both roles (they carry personal pay data).
 */
@ProviderType
public interface PaieService {

    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    PaieMois etatPaie(CollectiviteId collectivite, YearMonth mois);

    /**
     * Computes every payslip of the month in one transaction, replacing the draft. Refused as a whole, the previous
     * state untouched, when the month is validated, a parameter is missing or any agent's payslip cannot be computed.
     */
    @Idempotent
    @Permission(value = PAIE, module = PayrollModule.ID)
    PaieMois lancerPaie(CollectiviteId collectivite, YearMonth mois);

    /** Locks the draft of the month; refused as a whole when the budget refuses the mandats (short credits). */
    @Permission(value = ORDONNATEUR, module = PayrollModule.ID)
    PaieMois validerPaie(CollectiviteId collectivite, YearMonth mois);

    /** The payslips of the month, sorted by name. */
    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    List<BulletinResume> bulletins(CollectiviteId collectivite, YearMonth mois);

    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    BulletinDetail bulletin(CollectiviteId collectivite, long id);

    /** The bulletin de paie as a PDF document. */
    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    byte[] bulletinPdf(CollectiviteId collectivite, long id);

    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    JournalPaie journal(CollectiviteId collectivite, YearMonth mois);

    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    byte[] journalPdf(CollectiviteId collectivite, YearMonth mois);

    /** The journal as CSV (semicolon-separated, decimal comma, UTF-8 with BOM) for a spreadsheet. */
    @ReadOnly
    @Permission(value = { PAIE, ORDONNATEUR }, module = PayrollModule.ID)
    String journalCsv(CollectiviteId collectivite, YearMonth mois);
}
