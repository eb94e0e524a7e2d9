package fr.mutualis.urbanism.server.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.Fichier;
import fr.mutualis.urbanism.api.Majoration;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * The urbanism remote service. Runs after the access policy has checked the caller's role on the commune and that
 * the module is enabled there; every query is filtered by that commune.
 */
@Component(service = UrbanismeService.class, property = "mutualis.remote=true")
public final class UrbanismeServiceImpl implements UrbanismeService {

    private final UrbanismeStore store;
    private final Echeancier echeancier;
    private final Vues vues;
    private final Depots depots;
    private final Instruction instruction;
    private final Documents documents;

    @Activate
    public UrbanismeServiceImpl(@Reference UrbanismeStore store, @Reference Reglementation reglementation,
            @Reference Echeancier echeancier, @Reference AuditJournal journal,
            @Reference Administration administration) {
        this.store = store;
        this.echeancier = echeancier;
        this.vues = new Vues(reglementation);
        Historique historique = new Historique(journal);
        this.depots = new Depots(store, reglementation, historique, vues);
        this.instruction = new Instruction(store, reglementation, historique, vues);
        this.documents = new Documents(store, reglementation, vues, administration);
    }

    @Override
    public DossierDetail deposer(CollectiviteId commune, DepotDossier depot) {
        return depots.deposer(commune, depot);
    }

    @Override
    public List<DossierResume> lister(CollectiviteId commune, EtatDossier etat) {
        Communes.insee(commune);
        return Transactions.read(store.emf(), em -> Dossiers.lister(em, commune, etat).stream().map(vues::resume)
                .toList());
    }

    @Override
    public List<DossierResume> echeances(CollectiviteId commune, int jours) {
        return echeancier.echeances(Communes.requise(commune), jours);
    }

    @Override
    public DossierDetail consulter(CollectiviteId commune, String numero) {
        Communes.insee(commune);
        return Transactions.read(store.emf(), em -> vues.detail(em, Dossiers.trouver(em, commune, numero)));
    }

    @Override
    public DossierDetail demanderPieces(CollectiviteId commune, String numero, LocalDate dateDemande,
            String piecesManquantes) {
        return instruction.demanderPieces(commune, numero, dateDemande, piecesManquantes);
    }

    @Override
    public DossierDetail declarerComplet(CollectiviteId commune, String numero, LocalDate piecesRecuesLe) {
        return instruction.declarerComplet(commune, numero, piecesRecuesLe);
    }

    @Override
    public DossierDetail majorerDelai(CollectiviteId commune, String numero, Majoration majoration,
            LocalDate dateNotification, String motif) {
        return instruction.majorer(commune, numero, majoration, dateNotification, motif);
    }

    @Override
    public DossierDetail statuer(CollectiviteId commune, String numero, EtatDossier decision, LocalDate dateDecision,
            String motivation) {
        return instruction.statuer(commune, numero, decision, dateDecision, motivation);
    }

    @Override
    public DossierDetail retirer(CollectiviteId commune, String numero, String motif) {
        return instruction.retirer(commune, numero, motif);
    }

    @Override
    public List<DossierResume> constaterIssuesTacites(CollectiviteId commune) {
        return echeancier.constaterIssuesTacites(Communes.requise(commune)).constatees();
    }

    @Override
    public Fichier recepisse(CollectiviteId commune, String numero) {
        return documents.recepisse(commune, numero);
    }

    @Override
    public Fichier arrete(CollectiviteId commune, String numero) {
        return documents.arrete(commune, numero);
    }

    @Override
    public Fichier registreCsv(CollectiviteId commune, int annee) {
        return documents.registreCsv(commune, annee);
    }

    @Override
    public Fichier registrePdf(CollectiviteId commune, int annee) {
        return documents.registrePdf(commune, annee);
    }
}
