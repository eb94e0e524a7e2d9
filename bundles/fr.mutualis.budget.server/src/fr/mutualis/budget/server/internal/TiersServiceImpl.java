package fr.mutualis.budget.server.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;

/** The répertoire of tiers; bank details encrypted at rest and masked for the roles that do not need them. */
@Component(service = TiersService.class, property = "mutualis.remote=true")
public final class TiersServiceImpl implements TiersService {

    private final BudgetStore store;
    private final VueTiers vue;
    private final Repertoire repertoire;
    private final AuditJournal journal;

    @Activate
    public TiersServiceImpl(@Reference BudgetStore store, @Reference PersonalDataCipher cipher,
            @Reference AuditJournal journal) {
        this.store = store;
        this.vue = new VueTiers(cipher);
        this.repertoire = new Repertoire(vue, journal);
        this.journal = journal;
    }

    /** A read that returns IBANs in clear (ordonnateur) is journaled, in a transaction of its own. */
    @Override
    public List<FicheTiers> tiers(CollectiviteId collectivite) {
        List<FicheTiers> fiches = Transactions.read(store.emf(),
                em -> Repertoire.tous(em, collectivite).stream().map(vue::fiche).toList());
        long enClair = VueTiers.ibanVisible() ? fiches.stream().filter(f -> f.tiers().iban() != null).count() : 0;
        if (enClair > 0) {
            Transactions.run(store.emf(), em -> journal.record(em, collectivite.code(), "tiers.iban.consulter",
                    enClair + " IBAN en clair : répertoire des tiers"));
        }
        return fiches;
    }

    @Override
    public FicheTiers enregistrerTiers(CollectiviteId collectivite, Tiers tiers) {
        if (tiers == null) {
            throw new DonneeInvalideException("Indiquez le tiers à enregistrer.");
        }
        return Transactions.write(store.emf(), em -> vue.fiche(repertoire.ajouter(em, collectivite, tiers)));
    }

    @Override
    public FicheTiers modifierTiers(CollectiviteId collectivite, long id, Tiers tiers) {
        if (tiers == null) {
            throw new DonneeInvalideException("Indiquez le tiers à modifier.");
        }
        return Transactions.write(store.emf(), em -> vue.fiche(repertoire.modifier(em, collectivite, id, tiers)));
    }

    @Override
    public FicheTiers activerTiers(CollectiviteId collectivite, long id, boolean actif) {
        return Transactions.write(store.emf(), em -> vue.fiche(repertoire.activer(em, collectivite, id, actif)));
    }

    @Override
    public List<FicheTiers> importerTiers(CollectiviteId collectivite, String csv) {
        return Transactions.write(store.emf(), em -> {
            List<TiersEntity> ajoutes = ImportTiers.importer(em, repertoire, collectivite, csv);
            journal.record(em, collectivite.code(), "tiers.importer", ajoutes.size() + " tiers importé(s)");
            return ajoutes.stream().map(vue::fiche).toList();
        });
    }
}
