package fr.mutualis.budget.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.client.RemoteCall;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.remote.client.ServerConnection;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * What the budget parts share: the connection and the collectivity selected in the client, a budget and exercice
 * selector, and remote calls in background jobs. When the collectivity changes, everything shown is cleared at once
 * and reloaded; results of calls made for the previous collectivity are dropped, so two collectivities' books are
 * never shown together. Each time the part is shown again, its data is reloaded (another part may have written).
 */
public abstract class PartBudget {

    private final String prefixe;
    private ServerConnection connexion;
    private CollectiviteDetail collectivite;
    private int generation;
    private SelecteurBudget selecteur;
    private Label statut;

    /** @param prefixe prefix of the part's widget ids, e.g. "budget.saisie" */
    protected PartBudget(String prefixe) {
        this.prefixe = prefixe;
    }

    @Inject
    @Optional
    void connexion(ServerConnection connexion) {
        this.connexion = connexion;
    }

    @Inject
    @Optional
    void collectivite(CollectiviteDetail detail) {
        if (detail == null || !detail.moduleActif(BudgetModule.ID)) {
            return;
        }
        collectivite = detail;
        generation++;
        if (selecteur != null && !statut.isDisposed()) {
            selecteur.vider();
            collectiviteChangee();
            vider();
            chargerBudgets();
        }
    }

    @PostConstruct
    void creer(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        selecteur = new SelecteurBudget(parent, prefixe, this::selectionChangee);
        Composite contenu = new Composite(parent, SWT.NONE);
        contenu.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        creerContenu(contenu);
        statut = Widgets.id(new Label(parent, SWT.WRAP), prefixe + ".statut");
        statut.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (collectivite != null) {
            chargerBudgets();
        }
    }

    /** Shown again (its tab chosen): what other parts wrote meanwhile is reloaded. */
    @Focus
    void auPremierPlan() {
        if (!statut.isDisposed()) {
            statut.getParent().setFocus();
            if (selecteur.budget() != null) {
                actualiser();
            }
        }
    }

    private void chargerBudgets() {
        statut(collectivite.collectivite().nom() + " : chargement des budgets…", false);
        appeler("Budgets de " + collectivite.collectivite().nom(),
                c -> c.service(BudgetService.class).budgets(collectiviteId()), (List<FicheBudget> budgets) -> {
                    selecteur.afficher(budgets);
                    statut(budgets.isEmpty() ? "Aucun budget n'est créé pour " + collectivite.collectivite().nom()
                            + " : l'administrateur le crée (budget:create)." : "", false);
                    selectionChangee();
                });
    }

    private void selectionChangee() {
        vider();
        if (selecteur.budget() != null) {
            budgetChoisi(selecteur.budget(), selecteur.exercice());
        }
    }

    /** Builds the part's own widgets under the budget selector. */
    protected abstract void creerContenu(Composite parent);

    /** Clears everything shown for the previous collectivity, budget or exercice. */
    protected abstract void vider();

    /** The collectivity changed: forms forget everything typed for the previous one. */
    protected void collectiviteChangee() {
    }

    /** Loads what the part shows for this budget and exercice. */
    protected abstract void budgetChoisi(FicheBudget budget, int exercice);

    /** Reloads what the part shows for the current selection. */
    protected void actualiser() {
        selectionChangee();
    }

    /**
     * Runs a remote call in a background job; its result (or French error, shown in the status line) reaches the UI
     * thread only if the collectivity has not changed meanwhile and the part is still open.
     */
    protected <T> void appeler(String nom, Function<ServerConnection, T> appel, Consumer<T> resultat) {
        appeler(nom, appel, resultat, erreur -> statut(erreur, true));
    }

    protected <T> void appeler(String nom, Function<ServerConnection, T> appel, Consumer<T> resultat,
            Consumer<String> erreur) {
        int pour = generation;
        ServerConnection c = connexion;
        if (c == null) {
            statut("Non connecté au serveur.", true);
            return;
        }
        RemoteCall.run(nom, () -> appel.apply(c), r -> {
            if (pour == generation && !statut.isDisposed()) {
                resultat.accept(r);
            }
        }, e -> {
            if (pour == generation && !statut.isDisposed()) {
                erreur.accept(e);
            }
        });
    }

    /** The connection to use in a job the part runs itself (see {@link #siToujoursCourant}). */
    protected ServerConnection connexion() {
        return connexion;
    }

    /**
     * Wraps UI work prepared by a job the part runs itself: it runs only if the collectivity has not changed since
     * this method was called and the part is still open.
     */
    protected Runnable siToujoursCourant(Runnable travail) {
        int pour = generation;
        return () -> {
            if (pour == generation && !statut.isDisposed()) {
                travail.run();
            }
        };
    }

    /** The date proposed for an act of the exercice: today during it, otherwise its last day. */
    protected LocalDate jourDeLExercice() {
        int exercice = selecteur.exercice();
        return LocalDate.now().getYear() == exercice ? LocalDate.now() : LocalDate.of(exercice, 12, 31);
    }

    protected CollectiviteId collectiviteId() {
        return collectivite.collectivite().id();
    }

    protected SelecteurBudget selecteur() {
        return selecteur;
    }

    /** Shows a message under the part, in red for an error. */
    protected void statut(String message, boolean erreur) {
        if (statut.isDisposed()) {
            return;
        }
        statut.setText(message == null ? "" : message);
        statut.setForeground(Display.getCurrent().getSystemColor(erreur ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
        statut.getParent().layout(true);
    }
}
