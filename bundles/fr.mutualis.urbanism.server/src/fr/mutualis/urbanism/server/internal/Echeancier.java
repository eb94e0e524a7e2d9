package fr.mutualis.urbanism.server.internal;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.urbanism.api.DecisionDossier;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.NatureEvenement;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.TransitionJournal;
import fr.mutualis.urbanism.server.internal.entity.DossierEntity;
import jakarta.persistence.LockModeType;

/**
 * Watches the dates limites, for one commune or for every commune (console): the dossiers falling due, and the tacit
 * outcomes of those whose date limite has passed with no decision. Each outcome is recorded in its own transaction,
 * so one dossier that cannot be settled does not hold back the others.
 */
@Component(service = Echeancier.class)
public final class Echeancier {

    private static final System.Logger LOG = System.getLogger(Echeancier.class.getName());
    private static final int JOURS_MAX = 3660;

    private final UrbanismeStore store;
    private final Reglementation reglementation;
    private final Historique historique;
    private final Vues vues;

    @Activate
    public Echeancier(@Reference UrbanismeStore store, @Reference Reglementation reglementation,
            @Reference AuditJournal journal) {
        this.store = store;
        this.reglementation = reglementation;
        this.historique = new Historique(journal);
        this.vues = new Vues(reglementation);
    }

    /**
     * Dossiers under instruction whose date limite falls within {@code jours} days, or has passed, soonest first.
     *
     * @param commune null for every commune
     */
    public List<DossierResume> echeances(CollectiviteId commune, int jours) {
        if (jours < 0 || jours > JOURS_MAX) {
            throw new DonneeInvalideException("Nombre de jours invalide : " + jours + ". Attendu : de 0 à "
                    + JOURS_MAX + ".");
        }
        if (commune != null) {
            Communes.insee(commune);
        }
        LocalDate jusquau = reglementation.aujourdhui().plusDays(jours);
        return Transactions.read(store.emf(), em -> Dossiers.echeances(em, commune, jusquau).stream()
                .map(vues::resume).toList());
    }

    /**
     * Records the tacit outcome of every dossier under instruction whose date limite has passed.
     *
     * @param commune null for every commune
     */
    public BilanIssuesTacites constaterIssuesTacites(CollectiviteId commune) {
        if (commune != null) {
            Communes.insee(commune);
        }
        LocalDate hier = reglementation.aujourdhui().minusDays(1);
        List<DossierEntity> echus = Transactions.read(store.emf(), em -> Dossiers.echeances(em, commune, hier));
        List<DossierResume> constatees = new ArrayList<>();
        List<String> nonConstatees = new ArrayList<>();
        for (DossierEntity echu : echus) {
            try {
                constater(echu.getId()).ifPresent(constatees::add);
            } catch (DonneeInvalideException e) {
                LOG.log(Level.WARNING, "Tacit outcome of {0} not recorded: {1}", echu.getNumero(), e.getMessage());
                nonConstatees.add(echu.getNumero() + " : " + e.getMessage());
            }
        }
        return new BilanIssuesTacites(constatees, nonConstatees);
    }

    private Optional<DossierResume> constater(long id) {
        return ConflitsSql.reessayer("an urbanism transaction", () -> Transactions.write(store.emf(), em -> {
            DossierEntity d = em.find(DossierEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (d.getEtat().estFinal() || !d.getDateLimite().isBefore(reglementation.aujourdhui())) {
                return Optional.<DossierResume>empty();
            }
            ResultatDelais delais = reglementation.delais(d.donneesInstruction());
            EtatDossier avant = d.getEtat();
            TransitionJournal t = reglementation.workflow().constaterIssueTacite(avant, delais,
                    CallContext.current().login());
            d.appliquer(delais);
            d.decider(new DecisionDossier(t.vers(), delais.dateIssueTacite(), t.auteur(), t.commentaire()));
            historique.enregistrer(em, d, NatureEvenement.ISSUE_TACITE, avant, t.date(), t.commentaire());
            return Optional.of(vues.resume(d));
        }));
    }
}
