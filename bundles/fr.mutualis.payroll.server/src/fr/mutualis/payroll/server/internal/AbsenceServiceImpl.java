package fr.mutualis.payroll.server.internal;

import java.time.YearMonth;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.api.Absence;
import fr.mutualis.payroll.api.AbsenceAgent;
import fr.mutualis.payroll.api.AbsenceService;
import fr.mutualis.payroll.api.EtatPaie;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;
import fr.mutualis.payroll.server.internal.entity.PaieMoisEntity;
import jakarta.persistence.EntityManager;

/** The agents' absences. Runs after the access policy; every query is filtered by the collectivity. */
@Component(service = AbsenceService.class, property = "mutualis.remote=true")
public final class AbsenceServiceImpl implements AbsenceService {

    private final PaieStore store;
    private final AuditJournal journal;

    @Activate
    public AbsenceServiceImpl(@Reference PaieStore store, @Reference AuditJournal journal) {
        this.store = store;
        this.journal = journal;
    }

    @Override
    public List<AbsenceAgent> absences(CollectiviteId collectivite, long agentId) {
        return Transactions.read(store.emf(), em -> {
            Agents.trouver(em, collectivite, agentId);
            return AbsencesAgents.deLAgent(em, collectivite, agentId);
        });
    }

    @Override
    public AbsenceAgent declarerAbsence(CollectiviteId collectivite, long agentId, Absence absence) {
        if (absence == null) {
            throw new DonneeInvalideException("Absence manquante.");
        }
        return Transactions.write(store.emf(), em -> {
            AgentEntity agent = Agents.trouver(em, collectivite, agentId);
            if (absence.debut().isBefore(agent.getDateEntree())) {
                throw new DonneeInvalideException("L'absence commence le " + absence.debut() + ", avant l'entrée de "
                        + "l'agent (" + agent.getDateEntree() + ").");
            }
            for (AbsenceAgent autre : AbsencesAgents.deLAgent(em, collectivite, agentId)) {
                Absence deja = autre.absence();
                if (!deja.debut().isAfter(absence.fin()) && !absence.debut().isAfter(deja.fin())) {
                    throw new DonneeInvalideException("Cette absence chevauche celle déjà saisie ("
                            + autre.absence().nature().libelle() + " du " + autre.absence().debut() + " au "
                            + autre.absence().fin() + ") : modifiez ou supprimez l'une des deux.");
                }
            }
            refuserSiValidee(em, collectivite, absence);
            long id = AbsencesAgents.ajouter(em, collectivite, agentId, absence);
            journal.record(em, collectivite.code(), "paie.absence.declarer", Agents.libelle(agent) + " : "
                    + absence.nature().libelle() + " du " + absence.debut() + " au " + absence.fin());
            return new AbsenceAgent(id, agentId, absence);
        });
    }

    @Override
    public void supprimerAbsence(CollectiviteId collectivite, long absenceId) {
        Transactions.run(store.emf(), em -> {
            List<AbsenceAgent> trouvees = AbsencesAgents.une(em, collectivite, absenceId);
            if (trouvees.isEmpty()) {
                throw new IntrouvableException("Absence introuvable : n° " + absenceId + " dans la collectivité "
                        + collectivite.code() + ".");
            }
            AbsenceAgent absence = trouvees.get(0);
            refuserSiValidee(em, collectivite, absence.absence());
            AbsencesAgents.supprimer(em, collectivite, absenceId);
            journal.record(em, collectivite.code(), "paie.absence.supprimer", "absence n° " + absenceId + " de "
                    + "l'agent n° " + absence.agentId());
        });
    }

    /** An absence that falls in a validated month would change a payslip already paid. */
    private static void refuserSiValidee(EntityManager em, CollectiviteId collectivite, Absence absence) {
        for (YearMonth mois = YearMonth.from(absence.debut()); !mois.isAfter(YearMonth.from(absence.fin()));
                mois = mois.plusMonths(1)) {
            if (Mois.trouver(em, collectivite, mois).map(PaieMoisEntity::getEtat).orElse(null) == EtatPaie.VALIDEE) {
                throw new DonneeInvalideException("La paie " + FormatFrancais.deMois(mois) + " est validée : une "
                        + "absence qui la touche ne peut plus être saisie ni supprimée.");
            }
        }
    }
}
