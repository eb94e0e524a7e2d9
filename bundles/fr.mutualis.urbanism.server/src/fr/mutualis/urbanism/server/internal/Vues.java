package fr.mutualis.urbanism.server.internal;

import static fr.mutualis.urbanism.api.EtatDossier.INCOMPLET;
import static fr.mutualis.urbanism.api.EtatDossier.MAJORE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.server.documents.LigneRegistre;
import fr.mutualis.urbanism.server.internal.entity.DemandePiecesEntity;
import fr.mutualis.urbanism.server.internal.entity.DossierEntity;
import jakarta.persistence.EntityManager;

/** Dossiers as the API shows them: summaries with the days left, details with deadlines computed today. */
final class Vues {

    private final Reglementation reglementation;

    Vues(Reglementation reglementation) {
        this.reglementation = reglementation;
    }

    DossierResume resume(DossierEntity d) {
        Integer joursRestants = d.getEtat().estFinal() ? null
                : Math.toIntExact(ChronoUnit.DAYS.between(reglementation.aujourdhui(), d.getDateLimite()));
        return new DossierResume(new CollectiviteId(d.getCollectivite()), d.getNumero(), d.getType(), d.getEtat(),
                d.getDateDepot(), d.petitionnaire().designation(), d.getTerrainAdresse(), d.getDateLimite(),
                d.getIssueTacite(), joursRestants);
    }

    DossierDetail detail(EntityManager em, DossierEntity d) {
        return new DossierDetail(resume(d), d.getCanal(), d.getCerfa(), d.petitionnaire(), d.parcelles(),
                d.getDescription(), d.getCasRefusTacite(), d.getParent() == null ? null : d.getParent().getNumero(),
                Dossiers.lies(em, d), d.demandesPieces().stream().map(DemandePiecesEntity::toValue).toList(),
                d.majorations(), reglementation.delais(d.donneesInstruction()), d.decision(), d.historique(),
                etatsPossibles(d));
    }

    /**
     * The workflow's next states, without those the calendar no longer allows: a request for pieces with effect
     * after the first month or after a first request, a majoration after the first month.
     */
    private Set<EtatDossier> etatsPossibles(DossierEntity d) {
        Set<EtatDossier> possibles = EnumSet.noneOf(EtatDossier.class);
        possibles.addAll(reglementation.workflow().etatsSuivants(d.getType(), d.getEtat()));
        LocalDate aujourdhui = reglementation.aujourdhui();
        LocalDate finDemande = reglementation.finDemandePieces(d.getType(), d.getDateDepot());
        if (finDemande == null || aujourdhui.isAfter(finDemande) || !d.demandesPieces().isEmpty()) {
            possibles.remove(INCOMPLET);
        }
        if (aujourdhui.isAfter(reglementation.finNotificationMajoration(d.getDateDepot()))) {
            possibles.remove(MAJORE);
        }
        return possibles;
    }

    LigneRegistre ligneRegistre(DossierEntity d) {
        return new LigneRegistre(d.getNumero(), d.getType(), d.getDateDepot(), d.getCanal(),
                d.petitionnaire().designation(), d.getTerrainAdresse(),
                d.parcelles().stream().map(Parcelle::libelle).collect(Collectors.joining(", ")), d.getDescription(),
                d.getEtat(), d.getDateLimite(), d.getDateDecision());
    }
}
