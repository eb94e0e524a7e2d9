package fr.mutualis.urbanism.ui.dossier;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import fr.mutualis.client.ClientIds;
import fr.mutualis.client.Confirmation;
import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Liste;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.urbanism.api.DecisionDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.EvenementDossier;
import fr.mutualis.urbanism.api.Fichier;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.ResultatDelais;
import fr.mutualis.urbanism.api.UrbanismModule;
import fr.mutualis.urbanism.api.UrbanismeService;
import fr.mutualis.urbanism.ui.Dates;
import fr.mutualis.urbanism.ui.Documents;
import fr.mutualis.urbanism.ui.DossierOuvert;
import fr.mutualis.urbanism.ui.UrbanismeUi;
import fr.mutualis.urbanism.ui.liste.Urgence;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The opened dossier: what was filed, its deadlines with what silence will mean, the warnings of the deadline
 * engine, the decision, its history, a button for each act of the instruction the dossier allows now, and its
 * documents. It shows a dossier only under the commune it belongs to, and forgets it when the part goes (log out,
 * commune without the module).
 */
public final class DossierPart {

    private static final String AUCUN = "Ouvrez un dossier depuis la liste « Urbanisme » ou déposez-en un.";

    @Inject
    private MApplication application;

    @Inject
    private IEventBroker events;

    @Inject
    @Optional
    private ServerConnection connection;

    private CollectiviteDetail collectivite;
    private DossierOuvert ouvert;
    private DossierDetail dossier;
    private int chargement;

    private Label titre;
    private Label etat;
    private Label depot;
    private Label demandeur;
    private Label terrain;
    private Label parcelles;
    private Label description;
    private Label delai;
    private Label dateLimite;
    private Label joursRestants;
    private Label issue;
    private Label regle;
    private Label avertissements;
    private Label decision;
    private Composite actions;
    private Button recepisse;
    private Button arrete;
    private Label message;
    private Liste<EvenementDossier> listeHistorique;

    @Inject
    void collectiviteChanged(@Optional CollectiviteDetail detail) {
        collectivite = detail;
        charger();
    }

    /** An "À faire" line of urbanism opens its dossier (under the commune the line names). */
    @Inject
    void aOuvrir(@Optional @Named(ClientIds.A_OUVRIR) LigneAFaire ligne) {
        if (ligne != null && UrbanismModule.ID.equals(ligne.module()) && ligne.reference() != null) {
            application.getContext().set(DossierOuvert.class, new DossierOuvert(ligne.collectivite(),
                    ligne.reference()));
        }
    }

    @Inject
    void dossierOuvert(@Optional DossierOuvert dossierOuvert) {
        ouvert = dossierOuvert;
        charger();
    }

    @PostConstruct
    void create(Composite part) {
        Composite parent = Widgets.defilant(part);
        parent.setLayout(new GridLayout(2, true));
        titre = Widgets.id(new Label(parent, SWT.NONE), "urbanisme.dossier.titre");
        titre.setFont(JFaceResources.getHeaderFont());
        titre.setLayoutData(ligneEntiere());
        etat = Widgets.id(new Label(parent, SWT.NONE), "urbanisme.dossier.etat");
        etat.setFont(JFaceResources.getBannerFont());
        etat.setLayoutData(ligneEntiere());

        Group demande = groupe(parent, "Demande");
        depot = valeur(demande, "Dépôt", "urbanisme.dossier.depot");
        demandeur = valeur(demande, "Demandeur", "urbanisme.dossier.demandeur");
        terrain = valeur(demande, "Terrain", "urbanisme.dossier.terrain");
        parcelles = valeur(demande, "Parcelles", "urbanisme.dossier.parcelles");
        description = valeur(demande, "Projet", "urbanisme.dossier.description");
        Group delais = groupe(parent, "Délais");
        delai = valeur(delais, "Délai", "urbanisme.dossier.delai");
        dateLimite = valeur(delais, "Date limite", "urbanisme.dossier.dateLimite");
        joursRestants = valeur(delais, "Jours restants", "urbanisme.dossier.joursRestants");
        issue = valeur(delais, "Sans décision", "urbanisme.dossier.issue");
        regle = valeur(delais, "Règle appliquée", "urbanisme.dossier.regle");
        avertissements = valeur(delais, "Avertissements", "urbanisme.dossier.avertissements");
        decision = Widgets.id(new Label(parent, SWT.WRAP), "urbanisme.dossier.decision");
        decision.setLayoutData(ligneEntiere());

        Composite barre = new Composite(parent, SWT.NONE);
        barre.setLayout(new GridLayout(2, false));
        barre.setLayoutData(ligneEntiere());
        actions = new Composite(barre, SWT.NONE);
        actions.setLayout(new RowLayout());
        actions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite documents = new Composite(barre, SWT.NONE);
        documents.setLayout(new RowLayout());
        recepisse = document(documents, "Récépissé (PDF)", "urbanisme.document.recepisse",
                UrbanismeService::recepisse);
        arrete = document(documents, "Arrêté (PDF)", "urbanisme.document.arrete", UrbanismeService::arrete);
        Button actualiser = Widgets.id(new Button(documents, SWT.PUSH), "urbanisme.dossier.actualiser");
        actualiser.setText("Actualiser");
        actualiser.addListener(SWT.Selection, e -> charger());
        message = Widgets.id(new Label(parent, SWT.WRAP), "urbanisme.dossier.message");
        message.setLayoutData(ligneEntiere());

        listeHistorique = new Liste<EvenementDossier>(parent, SWT.SINGLE, "urbanisme.dossier.historique")
                .titre("Historique du dossier")
                .colonne("Date", 120, e -> Dates.format(e.date()), EvenementDossier::date)
                .colonne("Événement", 200, e -> e.nature().libelle())
                .colonne("État", 250, e -> e.changeEtat() ? (e.etatAvant() == null ? ""
                        : e.etatAvant().libelle() + " → ") + e.etatApres().libelle() : "inchangé")
                .colonne("Par", 120, EvenementDossier::auteur)
                .colonne("Commentaire", 600, EvenementDossier::commentaire);
        GridData place = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        place.widthHint = 300;
        listeHistorique.zone().setLayoutData(place);

        charger();
    }

    /** The part goes when the user logs out or picks a commune without the module: the opened dossier goes too. */
    @PreDestroy
    void fermer() {
        application.getContext().remove(DossierOuvert.class);
    }

    /** A cell across both columns that takes the width it is given rather than its text's. */
    private static GridData ligneEntiere() {
        GridData place = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        place.widthHint = 300;
        return place;
    }

    private static Group groupe(Composite parent, String libelle) {
        Group groupe = new Group(parent, SWT.NONE);
        groupe.setText(libelle);
        groupe.setLayout(new GridLayout(2, false));
        groupe.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        return groupe;
    }

    private static Label valeur(Composite parent, String libelle, String id) {
        Label legende = new Label(parent, SWT.NONE);
        legende.setText(libelle + " :");
        legende.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Label valeur = Widgets.id(new Label(parent, SWT.WRAP), id);
        GridData place = new GridData(SWT.FILL, SWT.TOP, true, false);
        place.widthHint = 300;
        valeur.setLayoutData(place);
        return valeur;
    }

    /** A document of one dossier, as the service produces it. */
    private interface Document {
        Fichier demander(UrbanismeService service, CollectiviteId commune, String numero);
    }

    private Button document(Composite parent, String libelle, String id, Document document) {
        Button bouton = Widgets.id(new Button(parent, SWT.PUSH), id);
        bouton.setText(libelle);
        bouton.addListener(SWT.Selection, e -> {
            ServerConnection serveur = connection;
            DossierDetail affiche = dossier;
            if (serveur == null || affiche == null) {
                return;
            }
            RemoteCall.run(libelle, () -> document.demander(serveur.service(UrbanismeService.class),
                    affiche.resume().commune(), affiche.numero()), fichier -> {
                if (!message.isDisposed()) {
                    Documents.enregistrer(message.getShell(), fichier, this::afficherMessage);
                }
            }, erreur -> afficherMessage(erreur, true));
        });
        return bouton;
    }

    private CollectiviteId commune() {
        return collectivite != null && collectivite.moduleActif(UrbanismModule.ID) ? collectivite.collectivite().id()
                : null;
    }

    private void charger() {
        if (titre == null || titre.isDisposed()) {
            return;
        }
        int generation = ++chargement;
        CollectiviteId commune = commune();
        if (ouvert == null || connection == null || !ouvert.commune().equals(commune)) {
            afficher(null);
            return;
        }
        DossierOuvert demande = ouvert;
        ServerConnection serveur = connection;
        RemoteCall.run("Dossier " + demande.numero(),
                () -> serveur.service(UrbanismeService.class).consulter(demande.commune(), demande.numero()),
                detail -> {
                    if (generation == chargement) {
                        afficher(detail);
                    }
                },
                erreur -> {
                    if (generation == chargement) {
                        afficherMessage(erreur, true);
                    }
                });
    }

    private void afficher(DossierDetail detail) {
        if (titre.isDisposed()) {
            return;
        }
        dossier = detail;
        for (Control bouton : actions.getChildren()) {
            bouton.dispose();
        }
        afficherMessage("", false);
        if (detail == null) {
            titre.setText("Aucun dossier ouvert");
            for (Label label : List.of(etat, depot, demandeur, terrain, parcelles, description, delai, dateLimite,
                    joursRestants, issue, regle, avertissements, decision)) {
                label.setText("");
            }
            afficherMessage(AUCUN, false);
            recepisse.setEnabled(false);
            arrete.setEnabled(false);
            listeHistorique.vider();
        } else {
            remplir(detail);
        }
        titre.getParent().layout(true, true);
    }

    private void remplir(DossierDetail d) {
        titre.setText(d.numero() + " — " + d.resume().type().libelle());
        etat.setText("État : " + d.etat().libelle());
        depot.setText(Dates.format(d.resume().dateDepot()) + ", " + d.canal().libelle() + ", Cerfa " + d.cerfa());
        Petitionnaire p = d.petitionnaire();
        demandeur.setText(p.designation() + ", " + p.adresse() + (p.courriel().isEmpty() ? "" : ", " + p.courriel()));
        terrain.setText(d.resume().adresseTerrain());
        parcelles.setText(d.parcelles().stream().map(Parcelle::libelle).collect(Collectors.joining(", ")));
        description.setText(d.description());
        ResultatDelais delais = d.delais();
        delai.setText(delais.dureeMois() + " mois à partir du " + Dates.format(delais.dateDebut()));
        boolean enCours = !d.etat().estFinal();
        dateLimite.setText(Dates.format(delais.dateLimite()));
        joursRestants.setText(Urgence.texte(d.resume().joursRestants()));
        issue.setText(enCours ? delais.issueTacite().libelle(delais.type()) + " le "
                + Dates.format(delais.dateIssueTacite()) : "—");
        regle.setText(delais.regleAppliquee());
        avertissements.setText(delais.avertissements().isEmpty() ? "aucun" : String.join("\n",
                delais.avertissements()));
        decision.setText(decision(d.decision()));
        for (ActeInstruction acte : ActeInstruction.possibles(d.etatsPossibles())) {
            Button bouton = Widgets.id(new Button(actions, SWT.PUSH), acte.id());
            bouton.setText(acte.libelle());
            bouton.addListener(SWT.Selection, e -> agir(acte));
        }
        recepisse.setEnabled(true);
        arrete.setEnabled(d.decision() != null && d.decision().expresse());
        listeHistorique.afficher(d.historique());
    }

    private static String decision(DecisionDossier decision) {
        if (decision == null) {
            return "";
        }
        return "Décision : " + decision.sens().libelle() + (decision.expresse() ? ", signée le " : ", acquise le ")
                + Dates.format(decision.date()) + " par " + decision.auteur()
                + (decision.motivation().isEmpty() ? "" : " — " + decision.motivation());
    }

    private void agir(ActeInstruction acte) {
        DossierDetail courant = dossier;
        ActeDialog dialog = switch (acte) {
            case DEMANDER_PIECES -> new DemandePiecesDialog(titre.getShell(), courant);
            case DECLARER_COMPLET -> new CompletDialog(titre.getShell(), courant);
            case MAJORER -> new MajorationDialog(titre.getShell(), courant);
            case STATUER -> new DecisionDialog(titre.getShell(), courant);
            case RETIRER -> new RetraitDialog(titre.getShell(), courant);
        };
        if (dialog.open() != Window.OK || connection == null) {
            return;
        }
        Acte fait = dialog.acte();
        if (dialog.irreversible() != null && !Confirmation.demander(titre.getShell(), acte.libelle() + " — "
                + courant.numero(), dialog.recapitulatif(), dialog.irreversible(), acte.libelle())) {
            afficherMessage("Rien n'a été enregistré.", false);
            return;
        }
        ServerConnection serveur = connection;
        CollectiviteId commune = courant.resume().commune();
        int generation = ++chargement;
        afficherMessage("Enregistrement en cours…", false);
        RemoteCall.run(acte.libelle(),
                () -> fait.appliquer(serveur.service(UrbanismeService.class), commune, courant.numero()),
                detail -> {
                    events.post(UrbanismeUi.TOPIC_DOSSIER_MODIFIE, detail);
                    if (generation == chargement) {
                        afficher(detail);
                        afficherMessage("Enregistré : " + detail.etat().libelle() + ".", false);
                    }
                },
                erreur -> afficherMessage(erreur, true));
    }

    private void afficherMessage(String texte, boolean erreur) {
        if (message.isDisposed()) {
            return;
        }
        message.setText(texte);
        message.setForeground(message.getDisplay().getSystemColor(erreur ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
        message.getParent().layout(true, true);
    }
}
