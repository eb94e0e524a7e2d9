package fr.mutualis.budget.ui;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.client.Widgets;

/** The budget and exercice a part works on: the budgets of the selected collectivity, the budget principal first. */
public final class SelecteurBudget {

    private static final int LARGEUR_MINIMALE = 420;

    private final Combo budgets;
    private final Spinner exercice;
    private List<FicheBudget> fiches = List.of();

    /** @param prefixe prefix of the widget ids, e.g. "budget.saisie" gives "budget.saisie.budget" */
    public SelecteurBudget(Composite parent, String prefixe, Runnable changement) {
        Composite barre = new Composite(parent, SWT.NONE);
        barre.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(5, false);
        layout.marginWidth = 0;
        barre.setLayout(layout);
        new Label(barre, SWT.NONE).setText("Budget :");
        budgets = Widgets.id(new Combo(barre, SWT.READ_ONLY | SWT.DROP_DOWN), prefixe + ".budget");
        GridData largeur = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        largeur.widthHint = LARGEUR_MINIMALE;
        budgets.setLayoutData(largeur);
        budgets.addListener(SWT.Selection, e -> changement.run());
        new Label(barre, SWT.NONE).setText("Exercice :");
        exercice = Widgets.id(new Spinner(barre, SWT.BORDER), prefixe + ".exercice");
        exercice.setValues(LocalDate.now().getYear(), 2000, 2999, 0, 1, 1);
        exercice.addListener(SWT.Selection, e -> changement.run());
    }

    /** Shows the budgets of a collectivity and selects the first one (the budget principal). */
    public void afficher(List<FicheBudget> liste) {
        fiches = List.copyOf(liste);
        budgets.setItems(fiches.stream().map(FicheBudget::libelle).toArray(String[]::new));
        if (!fiches.isEmpty()) {
            budgets.select(0);
        }
        // as wide as the longest label ("00 - COMMUNE DE … - BUDGET PRINCIPAL (budget principal)"), never cut
        ((GridData) budgets.getLayoutData()).widthHint = Math.max(LARGEUR_MINIMALE,
                budgets.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x);
        budgets.getParent().layout(true);
    }

    public void vider() {
        fiches = List.of();
        budgets.removeAll();
    }

    /** The selected budget, or null when the collectivity has none. */
    public FicheBudget budget() {
        int index = budgets.getSelectionIndex();
        return index < 0 || index >= fiches.size() ? null : fiches.get(index);
    }

    public int exercice() {
        return exercice.getSelection();
    }
}
