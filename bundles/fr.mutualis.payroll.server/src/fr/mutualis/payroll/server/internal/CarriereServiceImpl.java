package fr.mutualis.payroll.server.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.payroll.api.CarriereService;
import fr.mutualis.payroll.api.ChangementEchelon;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.RappelEchelon;
import fr.mutualis.payroll.server.internal.entity.AgentEntity;

/** Échelon changes with a date of effect; their rappel is paid by a later run (RappelsEchelon). */
@Component(service = CarriereService.class, property = "mutualis.remote=true")
public final class CarriereServiceImpl implements CarriereService {

    private final PaieStore store;
    private final ReferentielPaie referentiel;
    private final AuditJournal journal;

    @Activate
    public CarriereServiceImpl(@Reference PaieStore store, @Reference ReferentielPaie referentiel,
            @Reference AuditJournal journal) {
        this.store = store;
        this.referentiel = referentiel;
        this.journal = journal;
    }

    @Override
    public RappelEchelon changerEchelon(CollectiviteId collectivite, long agentId, ChangementEchelon changement) {
        if (changement == null) {
            throw new DonneeInvalideException("Changement d'échelon manquant.");
        }
        return Transactions.write(store.emf(), em -> {
            AgentEntity agent = Agents.trouver(em, collectivite, agentId);
            LocalDate effet = changement.dateEffet();
            if (effet.isBefore(agent.getDateEntree())) {
                throw new DonneeInvalideException("Date d'effet (" + FormatFrancais.date(effet) + ") antérieure à "
                        + "l'entrée de l'agent (" + FormatFrancais.date(agent.getDateEntree()) + ").");
            }
            String grade = agent.saisie(null, null).codeGrade();
            if (grade != null) {
                referentiel.etat().grilles().verifierIndice(grade, changement.indiceMajore(), YearMonth.from(effet));
            }
            Object derniere = em.createNativeQuery("SELECT MAX(mois) FROM paie_mois WHERE collectivite = ?1 "
                    + "AND etat = 'VALIDEE'").setParameter(1, collectivite.code()).getSingleResult();
            YearMonth derniereValidee = derniere == null ? null : YearMonth.from(derniere instanceof Date date
                    ? date.toLocalDate() : (LocalDate) derniere);
            YearMonth ouvert = derniereValidee == null ? null : derniereValidee.plusMonths(1);
            if (ouvert != null && effet.isAfter(ouvert.atDay(1))) {
                throw new DonneeInvalideException("Date d'effet du " + FormatFrancais.date(effet) + " postérieure au "
                        + "premier jour du premier mois non validé (" + FormatFrancais.mois(ouvert) + ") : modifiez "
                        + "l'échelon sur la fiche de l'agent le mois venu.");
            }
            YearMonth moisDuRappel = ouvert != null && !YearMonth.from(effet).isAfter(derniereValidee) ? ouvert : null;
            int ancienEchelon = agent.getEchelon();
            int ancienIndice = agent.saisie(null, null).indiceMajore();
            em.createNativeQuery("INSERT INTO paie_changement_echelon (collectivite, agent_id, date_effet, "
                    + "ancien_echelon, ancien_indice, nouvel_echelon, nouvel_indice, mois_rappel) VALUES (?1, ?2, ?3, "
                    + "?4, ?5, ?6, ?7, CAST(?8 AS DATE))").setParameter(1, collectivite.code()).setParameter(2, agentId)
                    .setParameter(3, effet).setParameter(4, ancienEchelon).setParameter(5, ancienIndice)
                    .setParameter(6, changement.echelon()).setParameter(7, changement.indiceMajore())
                    .setParameter(8, moisDuRappel == null ? null : moisDuRappel.atDay(1)).executeUpdate();
            agent.changerEchelon(changement.echelon(), changement.indiceMajore());
            journal.record(em, collectivite.code(), "paie.agent.echelon", Agents.libelle(agent) + " : IM "
                    + ancienIndice + " -> " + changement.indiceMajore() + " au " + effet
                    + (moisDuRappel == null ? "" : ", rappel payé en " + moisDuRappel));
            return new RappelEchelon(agentId, effet, ancienIndice, changement.indiceMajore(), moisDuRappel);
        });
    }
}
