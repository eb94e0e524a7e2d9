package fr.mutualis.urbanism.ui.liste;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Liste;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.DossierResume;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.Fichier;
import fr.mutualis.urbanism.api.UrbanismModule;
import fr.mutualis.urbanism.api.UrbanismeService;
import fr.mutualis.urbanism.ui.Dates;
import fr.mutualis.urbanism.ui.Documents;
import fr.mutualis.urbanism.ui.DossierOuvert;
import fr.mutualis.urbanism.ui.UrbanismeUi;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The part "Urbanisme": the dossiers of the selected commune, most recent first, with the days left before their
 * date limite (orange under {@value Urgence#SEUIL_JOURS} days, red once passed), a filter by state, and the yearly
 * register. Only one commune's dossiers are ever shown: the list empties as soon as the commune changes.
 */
public final class DossiersPart {

    private static final Color ORANGE = new Color(255, 200, 120);
    private static final Color ROUGE = new Color(240, 120, 120);
    private static final String TOUS_LES_ETATS = "Tous les états";

    @Inject
    private MApplication application;

    @Inject
    private EPartService parts;

    @Inject
    @Optional
    private ServerConnection connection;

    private CollectiviteDetail collectivite;
    private int chargement;
    private Label titre;
    private Combo etat;
    private Liste<DossierResume> liste;
    private TableViewer viewer;
    private Button ouvrir;
    private Label statut;
    private Spinner annee;

    @Inject
    void collectiviteChanged(@Optional CollectiviteDetail detail) {
        collectivite = detail;
        if (viewer != null && !viewer.getTable().isDisposed()) {
            liste.vider();
            charger();
        }
    }

    @Inject
    @Optional
    void dossierModifie(@UIEventTopic(UrbanismeUi.TOPIC_DOSSIER_MODIFIE) DossierDetail dossier) {
        if (viewer != null && !viewer.getTable().isDisposed() && dossier.resume().commune().equals(commune())) {
            charger();
        }
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        titre = new Label(parent, SWT.NONE);
        titre.setFont(JFaceResources.getHeaderFont());
        titre.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite barre = new Composite(parent, SWT.NONE);
        barre.setLayout(new GridLayout(5, false));
        new Label(barre, SWT.NONE).setText("État :");
        etat = Widgets.id(new Combo(barre, SWT.READ_ONLY), "urbanisme.liste.etat");
        etat.add(TOUS_LES_ETATS);
        for (EtatDossier e : EtatDossier.values()) {
            etat.add(e.libelle());
        }
        etat.select(0);
        etat.addListener(SWT.Selection, e -> charger());
        bouton(barre, "Actualiser", "urbanisme.liste.actualiser").addListener(SWT.Selection, e -> charger());
        ouvrir = bouton(barre, "Ouvrir le dossier", "urbanisme.liste.ouvrir");
        ouvrir.addListener(SWT.Selection, e -> ouvrirSelection());
        bouton(barre, "Nouveau dépôt…", "urbanisme.liste.nouveau")
                .addListener(SWT.Selection, e -> parts.showPart(UrbanismeUi.PART_DEPOT, PartState.ACTIVATE));

        liste = new Liste<DossierResume>(parent, SWT.SINGLE, "urbanisme.liste.table").titre("Dossiers d'urbanisme")
                .colonne("Numéro", 190, DossierResume::numero)
                .colonne("Type", 60, d -> d.type().name())
                .colonne("État", 220, d -> d.etat().libelle())
                .colonne("Demandeur", 170, DossierResume::petitionnaire)
                .colonne("Dépôt", 90, d -> Dates.format(d.dateDepot()), DossierResume::dateDepot)
                .colonne("Date limite", 90, d -> d.etat().estFinal() ? "" : Dates.format(d.dateLimite()),
                        d -> d.etat().estFinal() ? null : d.dateLimite())
                .colonne("Jours restants", 130, d -> Urgence.texte(d.joursRestants()), DossierResume::joursRestants)
                .fond(d -> switch (Urgence.de(d.joursRestants())) {
                    case PROCHE -> ORANGE;
                    case DEPASSEE -> ROUGE;
                    case NORMALE -> null;
                });
        viewer = liste.viewer();
        viewer.addSelectionChangedListener(e -> ouvrir.setEnabled(!e.getSelection().isEmpty()));
        viewer.addDoubleClickListener(e -> ouvrirSelection());

        Composite bas = new Composite(parent, SWT.NONE);
        bas.setLayout(new GridLayout(5, false));
        bas.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        statut = Widgets.id(new Label(bas, SWT.NONE), "urbanisme.liste.statut");
        statut.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bas, SWT.NONE).setText("Registre des demandes de l'année :");
        annee = Widgets.id(new Spinner(bas, SWT.BORDER), "urbanisme.registre.annee");
        annee.setValues(Dates.aujourdhui().getYear(), 2000, 2100, 0, 1, 10);
        bouton(bas, "Registre CSV", "urbanisme.registre.csv").addListener(SWT.Selection,
                e -> registre("Registre CSV", UrbanismeService::registreCsv));
        bouton(bas, "Registre PDF", "urbanisme.registre.pdf").addListener(SWT.Selection,
                e -> registre("Registre PDF", UrbanismeService::registrePdf));

        charger();
    }

    private static Button bouton(Composite parent, String texte, String id) {
        Button bouton = Widgets.id(new Button(parent, SWT.PUSH), id);
        bouton.setText(texte);
        return bouton;
    }

    private CollectiviteId commune() {
        return collectivite != null && collectivite.moduleActif(UrbanismModule.ID) ? collectivite.collectivite().id()
                : null;
    }

    private void charger() {
        int generation = ++chargement;
        CollectiviteId commune = commune();
        ouvrir.setEnabled(false);
        if (commune == null || connection == null) {
            titre.setText("Dossiers d'urbanisme");
            statut.setText("Choisissez une commune où le module urbanisme est activé.");
            return;
        }
        titre.setText("Dossiers d'urbanisme — " + collectivite.collectivite().libelle());
        statut.setText("Chargement…");
        EtatDossier filtre = etat.getSelectionIndex() <= 0 ? null : EtatDossier.values()[etat.getSelectionIndex() - 1];
        ServerConnection serveur = connection;
        RemoteCall.run("Dossiers d'urbanisme de " + collectivite.collectivite().nom(),
                () -> serveur.service(UrbanismeService.class).lister(commune, filtre),
                dossiers -> {
                    if (generation == chargement && !viewer.getTable().isDisposed()) {
                        liste.afficher(dossiers);
                        afficher(resume(dossiers));
                    }
                },
                erreur -> {
                    if (generation == chargement) {
                        afficher(erreur);
                    }
                });
    }

    private static String resume(List<DossierResume> dossiers) {
        long proches = dossiers.stream().filter(d -> Urgence.de(d.joursRestants()) == Urgence.PROCHE).count();
        long depasses = dossiers.stream().filter(d -> Urgence.de(d.joursRestants()) == Urgence.DEPASSEE).count();
        return dossiers.size() + " dossier(s), dont " + proches + " à moins de " + Urgence.SEUIL_JOURS
                + " jours de la date limite et " + depasses + " en dépassement.";
    }

    private void ouvrirSelection() {
        if (((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof DossierResume dossier) {
            application.getContext().set(DossierOuvert.class, new DossierOuvert(dossier.commune(), dossier.numero()));
            parts.showPart(UrbanismeUi.PART_DOSSIER, PartState.ACTIVATE);
        }
    }

    /** A register of the service: the applications filed in the commune in one year. */
    private interface Registre {
        Fichier demander(UrbanismeService service, CollectiviteId commune, int annee);
    }

    private void registre(String libelle, Registre registre) {
        CollectiviteId commune = commune();
        if (commune == null || connection == null) {
            return;
        }
        ServerConnection serveur = connection;
        int choisie = annee.getSelection();
        RemoteCall.run(libelle, () -> registre.demander(serveur.service(UrbanismeService.class), commune, choisie),
                fichier -> {
                    if (!statut.isDisposed()) {
                        Documents.enregistrer(statut.getShell(), fichier, (texte, erreur) -> afficher(texte));
                    }
                },
                this::afficher);
    }

    private void afficher(String texte) {
        if (!statut.isDisposed()) {
            statut.setText(texte);
            statut.getParent().layout();
        }
    }
}
