package fr.mutualis.payroll.server.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;

/** The employer identity the payslips print (SIRET, address), set by an administrator from the console. */
@Component(service = EmployeursPaie.class)
public final class EmployeursPaie {

    private final PaieStore store;
    private final Administration administration;
    private final AuditJournal journal;

    @Activate
    public EmployeursPaie(@Reference PaieStore store, @Reference Administration administration,
            @Reference AuditJournal journal) {
        this.store = store;
        this.administration = administration;
        this.journal = journal;
    }

    /** Records the identity of an existing collectivity (refused for an unknown code), journaled. */
    public IdentiteEmployeur enregistrer(CollectiviteId collectivite, IdentiteEmployeur identite) {
        administration.show(collectivite.code());
        return Transactions.write(store.emf(), em -> {
            identite.enregistrer(em, collectivite);
            journal.record(em, collectivite.code(), "paie.employeur.modifier", "SIRET " + identite.siret()
                    + ", adresse " + identite.adresse());
            return identite;
        });
    }

    public IdentiteEmployeur identite(CollectiviteId collectivite) {
        return Transactions.read(store.emf(), em -> IdentiteEmployeur.lire(em, collectivite));
    }
}
