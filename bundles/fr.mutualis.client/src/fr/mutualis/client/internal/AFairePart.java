package fr.mutualis.client.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import fr.mutualis.client.ClientIds;
import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Liste;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.AFaireService;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.remote.client.ServerConnection;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The home view: what is waiting across ALL the user's collectivities (bordereaux to send, payroll months to run or
 * validate, urbanism deadlines, credits nearly exhausted), read from the server's {@link AFaireService}. Opening a
 * line selects its collectivity, shows the part where it is done and hands it the line (month, dossier, budget).
 */
public final class AFairePart {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private MApplication application;

    @Inject
    private EModelService models;

    @Inject
    private EPartService parts;

    @Inject
    private UISynchronize ui;

    private ServerConnection connexion;
    private Label etat;
    private Liste<LigneAFaire> liste;
    private TableViewer table;
    private Button ouvrir;
    private Button actualiser;
    private LigneAFaire enAttente;
    private int generation;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        Label titre = new Label(parent, SWT.NONE);
        titre.setText("À faire dans toutes vos collectivités");
        titre.setFont(JFaceResources.getHeaderFont());
        titre.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        actualiser = Widgets.id(new Button(parent, SWT.PUSH), "afaire.actualiser");
        actualiser.setText("Actualiser");
        actualiser.addListener(SWT.Selection, e -> charger());
        ouvrir = Widgets.id(new Button(parent, SWT.PUSH), "afaire.ouvrir");
        ouvrir.setText("Ouvrir");
        ouvrir.setToolTipText("Ouvre la collectivité et l'écran où faire la tâche choisie (ou double-clic, Entrée)");
        ouvrir.setEnabled(false);
        ouvrir.addListener(SWT.Selection, e -> ouvrirSelection());
        etat = Widgets.id(new Label(parent, SWT.WRAP), "afaire.etat");
        GridData place = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        place.widthHint = 600;
        etat.setLayoutData(place);

        liste = new Liste<LigneAFaire>(parent, SWT.SINGLE, "afaire.table").titre("À faire")
                .colonne("Échéance", 95, l -> l.echeance() == null ? "" : DATE.format(l.echeance()),
                        LigneAFaire::echeance)
                .colonne("Collectivité", 170, LigneAFaire::collectiviteNom)
                .colonne("Module", 90, l -> libelleModule(l.module()))
                .colonne("À faire", 620, LigneAFaire::quoi);
        liste.zone().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table = liste.viewer();
        table.addSelectionChangedListener(e -> ouvrir.setEnabled(!e.getSelection().isEmpty()));
        table.addDoubleClickListener(e -> ouvrirSelection());
        table.getTable().addListener(SWT.DefaultSelection, e -> ouvrirSelection());
        etat.setText("Connectez-vous pour voir ce qui vous attend.");
    }

    private static String libelleModule(String module) {
        return switch (module) {
            case "budget" -> "Budget";
            case "paie" -> "Paie";
            case "urbanisme" -> "Urbanisme";
            default -> module;
        };
    }

    @Inject
    void connexion(@Optional ServerConnection connexion) {
        this.connexion = connexion;
    }

    /** Read again once the user's collectivities are known (each login), emptied at log out. */
    @Inject
    void collectivites(@Optional @Named(ClientIds.MY_COLLECTIVITIES) List<Collectivite> mine) {
        if (table == null || table.getTable().isDisposed()) {
            return;
        }
        if (mine == null) {
            generation++;
            liste.vider();
            etat.setForeground(null);
            etat.setText("Connectez-vous pour voir ce qui vous attend.");
            return;
        }
        charger();
    }

    private void charger() {
        ServerConnection serveur = connexion;
        liste.vider();
        ouvrir.setEnabled(false);
        if (serveur == null) {
            return;
        }
        int numero = ++generation;
        etat.setForeground(null);
        etat.setText("Chargement de ce qui vous attend…");
        RemoteCall.run("À faire", () -> serveur.service(AFaireService.class).aFaire(), lignes -> {
            if (numero != generation || table.getTable().isDisposed()) {
                return;
            }
            liste.afficher(lignes);
            long collectivites = lignes.stream().map(LigneAFaire::collectivite).distinct().count();
            etat.setText(lignes.isEmpty() ? "Rien à faire pour le moment dans vos collectivités."
                    : lignes.size() + " tâche(s) dans " + collectivites + " collectivité(s). Double-clic ou « Ouvrir » "
                            + "pour y aller.");
        }, erreur -> {
            if (numero != generation || etat.isDisposed()) {
                return;
            }
            liste.vider();
            etat.setForeground(etat.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            etat.setText("La liste « À faire » n'a pas pu être lue : " + erreur);
        });
    }

    private void ouvrirSelection() {
        if (((IStructuredSelection) table.getSelection()).getFirstElement() instanceof LigneAFaire ligne) {
            ouvrir(ligne);
        }
    }

    /** Selects the line's collectivity (the switcher loads it), then shows its part once the module is there. */
    void ouvrir(LigneAFaire ligne) {
        enAttente = ligne;
        CollectiviteDetail courante = application.getContext().get(CollectiviteDetail.class);
        if (courante != null && courante.collectivite().id().equals(ligne.collectivite())) {
            ui.asyncExec(() -> montrer(ligne, 20));
        } else {
            application.getContext().set(ClientIds.COLLECTIVITE_DEMANDEE, null);
            application.getContext().set(ClientIds.COLLECTIVITE_DEMANDEE, ligne.collectivite());
        }
    }

    @Inject
    void collectiviteChargee(@Optional CollectiviteDetail detail) {
        LigneAFaire ligne = enAttente;
        if (ligne != null && detail != null && detail.collectivite().id().equals(ligne.collectivite())) {
            ui.asyncExec(() -> montrer(ligne, 20));
        }
    }

    /** Shows the line's part once the module visibility has rendered it (a few UI turns after the selection). */
    private void montrer(LigneAFaire ligne, int essais) {
        if (enAttente != ligne) {
            return;
        }
        MPart part = partDe(ligne);
        if (part == null) {
            if (essais > 0) {
                ui.asyncExec(() -> montrer(ligne, essais - 1));
            } else {
                enAttente = null;
                etat.setText("Le module « " + libelleModule(ligne.module()) + " » n'est pas disponible pour "
                        + ligne.collectiviteNom() + ".");
            }
            return;
        }
        enAttente = null;
        parts.showPart(part, PartState.ACTIVATE);
        application.getContext().set(ClientIds.A_OUVRIR, null);
        application.getContext().set(ClientIds.A_OUVRIR, ligne);
    }

    /**
     * The part a line opens: the one tagged {@code afaire:<cible>}, else the module part whose id ends with the
     * cible's last word ({@code budget.bordereaux}: {@code ….part.bordereaux}), else the module's first part.
     */
    private MPart partDe(LigneAFaire ligne) {
        MUIElement stack = models.find(ClientIds.MAIN_PART_STACK, application);
        List<MPart> candidats = models.findElements(stack, null, MPart.class, null).stream()
                .filter(p -> p.isToBeRendered() && p.isVisible() && ligne.module().equals(NavigatorPart.module(p)))
                .toList();
        String tache = ligne.cible().substring(ligne.cible().lastIndexOf('.') + 1);
        return candidats.stream().filter(p -> p.getTags().contains(LigneAFaire.CIBLE_TAG_PREFIX + ligne.cible()))
                .findFirst()
                .or(() -> candidats.stream().filter(p -> p.getElementId().endsWith(".part." + tache)).findFirst())
                .or(() -> candidats.stream().findFirst()).orElse(null);
    }
}
