package fr.mutualis.client.internal;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;

import fr.mutualis.client.ClientIds;
import fr.mutualis.client.RemoteCall;
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

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Widgets.id(table.getTable(), "afaire.table");
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table.setContentProvider(ArrayContentProvider.getInstance());
        colonne("Échéance", 95, l -> l.echeance() == null ? "" : DATE.format(l.echeance()),
                Comparator.comparing(LigneAFaire::echeance, Comparator.nullsLast(Comparator.naturalOrder())));
        colonne("Collectivité", 170, LigneAFaire::collectiviteNom, Comparator.comparing(LigneAFaire::collectiviteNom));
        colonne("Module", 90, l -> libelleModule(l.module()), Comparator.comparing(LigneAFaire::module));
        colonne("À faire", 620, LigneAFaire::quoi, Comparator.comparing(LigneAFaire::quoi));
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

    /** A sortable column: a click on its header sorts by it, a second click reverses. */
    private void colonne(String titre, int largeur, Function<LigneAFaire, String> texte,
            Comparator<LigneAFaire> ordre) {
        TableViewerColumn colonne = new TableViewerColumn(table, SWT.NONE);
        TableColumn c = colonne.getColumn();
        c.setText(titre);
        c.setWidth(largeur);
        colonne.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return texte.apply((LigneAFaire) element);
            }
        });
        c.addListener(SWT.Selection, e -> {
            boolean inverse = table.getTable().getSortColumn() == c && table.getTable().getSortDirection() == SWT.UP;
            table.getTable().setSortColumn(c);
            table.getTable().setSortDirection(inverse ? SWT.DOWN : SWT.UP);
            table.setComparator(new ViewerComparator() {
                @Override
                public int compare(Viewer viewer, Object a, Object b) {
                    int r = ordre.compare((LigneAFaire) a, (LigneAFaire) b);
                    return inverse ? -r : r;
                }
            });
        });
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
            table.setInput(List.of());
            etat.setForeground(null);
            etat.setText("Connectez-vous pour voir ce qui vous attend.");
            return;
        }
        charger();
    }

    private void charger() {
        ServerConnection serveur = connexion;
        table.setInput(List.of());
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
            table.setInput(lignes);
            long collectivites = lignes.stream().map(LigneAFaire::collectivite).distinct().count();
            etat.setText(lignes.isEmpty() ? "Rien à faire pour le moment dans vos collectivités."
                    : lignes.size() + " tâche(s) dans " + collectivites + " collectivité(s). Double-clic ou « Ouvrir » "
                            + "pour y aller.");
        }, erreur -> {
            if (numero != generation || etat.isDisposed()) {
                return;
            }
            table.setInput(List.of());
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
