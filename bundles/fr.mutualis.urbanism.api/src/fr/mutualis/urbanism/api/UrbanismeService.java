package fr.mutualis.urbanism.api;

import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.SAISIE;
import static fr.mutualis.core.api.Role.URBANISME_INSTRUCTEUR;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Idempotent;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service of the urbanism module: filing, instruction and documents of the dossiers of one commune. Every
 * method names the commune the dossier belongs to (its INSEE code); an intercommunal instruction service calls it
 * with the code of the member commune it instructs for. A dossier is designated by its number, with or without
 * spaces ({@code PC 074 049 26 00001} or {@code PC0740492600001}).
 * <p>
 * Refusals are {@link fr.mutualis.core.api.DonneeInvalideException} (bad input or an act the law does not allow now,
 * nothing written) and {@link fr.mutualis.core.api.IntrouvableException} (no such dossier in that commune).
 * Acts that the law records without effect (a request for pieces after the first month) are written and explained
 * in {@link ResultatDelais#avertissements()} of the returned detail.
 */
@ProviderType
public interface UrbanismeService {

    /**
     * Registers an application, gives it its number (A423-1 to A423-4) and computes its date limite. The commune's
     * own staff (saisie) or an instructor; for a commune that delegated urbanism, only the service's instructors.
     */
    @Idempotent
    @Permission(value = { SAISIE, URBANISME_INSTRUCTEUR }, delegated = URBANISME_INSTRUCTEUR,
            module = UrbanismModule.ID)
    DossierDetail deposer(CollectiviteId commune, DepotDossier depot);

    /** The commune's dossiers, most recent filing first; all states when {@code etat} is null. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    List<DossierResume> lister(CollectiviteId commune, EtatDossier etat);

    /** Dossiers under instruction whose date limite falls within the next {@code jours} days (or has passed). */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    List<DossierResume> echeances(CollectiviteId commune, int jours);

    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    DossierDetail consulter(CollectiviteId commune, String numero);

    /**
     * Records the request for missing pieces notified on {@code dateDemande} (R423-38). Within the first month the
     * dossier becomes incomplete; a later or second request is recorded without effect on the deadlines.
     */
    @Permission(value = { URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    DossierDetail demanderPieces(CollectiviteId commune, String numero, LocalDate dateDemande,
            String piecesManquantes);

    /**
     * Declares the dossier complete: at filing ({@code piecesRecuesLe} null), or on the day the missing pieces
     * arrived, which starts the instruction period (R423-19).
     */
    @Permission(value = { URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    DossierDetail declarerComplet(CollectiviteId commune, String numero, LocalDate piecesRecuesLe);

    /** Records a majoration of the instruction period notified on {@code dateNotification} (first month only). */
    @Permission(value = { URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    DossierDetail majorerDelai(CollectiviteId commune, String numero, Majoration majoration,
            LocalDate dateNotification, String motif);

    /**
     * Records the express decision signed on {@code dateDecision}, no later than the date limite: {@code ACCORD},
     * {@code ACCORD_AVEC_PRESCRIPTIONS} (prescriptions in {@code motivation}), {@code REFUS} or {@code OPPOSITION}
     * (grounds in {@code motivation}).
     */
    @Permission(value = { URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    DossierDetail statuer(CollectiviteId commune, String numero, EtatDossier decision, LocalDate dateDecision,
            String motivation);

    /** Records the applicant's withdrawal of the application. */
    @Permission(value = { URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    DossierDetail retirer(CollectiviteId commune, String numero, String motif);

    /** Records the tacit outcome of every dossier of the commune whose date limite has passed with no decision. */
    @Permission(value = { URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    List<DossierResume> constaterIssuesTacites(CollectiviteId commune);

    /** The filing receipt (R423-3 to R423-5), with the date limite and what silence will mean, as PDF. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    Fichier recepisse(CollectiviteId commune, String numero);

    /** The arrêté of the express decision, as PDF. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    Fichier arrete(CollectiviteId commune, String numero);

    /** The register of the applications filed in {@code annee}, as CSV (UTF-8, separator {@code ;}). */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    Fichier registreCsv(CollectiviteId commune, int annee);

    /** The register of the applications filed in {@code annee}, as PDF. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, URBANISME_INSTRUCTEUR }, module = UrbanismModule.ID)
    Fichier registrePdf(CollectiviteId commune, int annee);
}
