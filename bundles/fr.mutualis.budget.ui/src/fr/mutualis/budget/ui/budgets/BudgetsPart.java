package fr.mutualis.budget.ui.budgets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.NomenclatureService;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.ui.Montants;
import fr.mutualis.budget.ui.PartBudget;
import fr.mutualis.budget.ui.Tableaux;
import fr.mutualis.client.Widgets;

/** The budgets of the collectivity: Hélios settings, nomenclature, and the credits voted chapter by chapter. */
public final class BudgetsPart extends PartBudget {

    private Label fiche;
    private Label nomenclature;
    private Table credits;

    public BudgetsPart() {
        super("budget.budgets");
    }

    /** What the server returns for one budget and exercice. */
    private record Contenu(PlanComptable plan, List<DecisionBudgetaire> decisions) {
    }

    @Override
    protected void creerContenu(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        fiche = Widgets.id(new Label(parent, SWT.WRAP), "budget.budgets.fiche");
        fiche.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        nomenclature = Widgets.id(new Label(parent, SWT.WRAP), "budget.budgets.nomenclature");
        nomenclature.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE).setText("Crédits votés par chapitre (vote par nature) :");
        credits = Tableaux.creer(parent, SWT.SINGLE, "budget.budgets.credits", "Décision|150", "Voté le|90",
                "Section|110", "Sens|80", "Chapitre|330", ">Montant|130");
    }

    @Override
    protected void vider() {
        fiche.setText("");
        nomenclature.setText("");
        credits.removeAll();
    }

    @Override
    protected void budgetChoisi(FicheBudget budget, int exercice) {
        Budget b = budget.budget();
        fiche.setText(b.libelle() + " — " + b.type().libelle() + ", " + b.declinaison().libelle()
                + " — poste comptable " + b.idPost() + ", SIRET " + b.idColl() + ", CodCol " + b.codCol()
                + ", CodBud " + b.codBud() + (budget.comptabiliteEngagement() ? " — comptabilité d'engagement tenue"
                        : ""));
        appeler("Crédits du budget " + b.codBud() + " " + exercice, c -> new Contenu(
                c.service(NomenclatureService.class).plan(collectiviteId(), exercice, b.declinaison()),
                c.service(BudgetService.class).decisions(collectiviteId(), b.codBud(), exercice)), this::afficher);
    }

    private void afficher(Contenu contenu) {
        PlanComptable plan = contenu.plan();
        nomenclature.setText("Nomenclature : " + plan.nomenclature().declinaison().libelle() + " "
                + plan.nomenclature().exercice() + (plan.planAnterieur() ? ". " + plan.avertissement() : "."));
        Map<String, String> libelles = new HashMap<>();
        plan.chapitres().forEach(c -> libelles.put(c.code(), c.libelleComplet()));
        credits.removeAll();
        for (DecisionBudgetaire decision : contenu.decisions()) {
            for (LigneCredit ligne : decision.lignes()) {
                Tableaux.ligne(credits, ligne, decision.etape().libelle(), Montants.date(decision.dateVote()),
                        ligne.section().libelle(), ligne.sens().libelle(),
                        libelles.getOrDefault(ligne.chapitre(), ligne.chapitre()), Montants.euros(ligne.montant()));
            }
        }
        statut(contenu.decisions().isEmpty() ? "Aucun budget primitif n'est voté pour cet exercice."
                : contenu.decisions().size() + " décision(s) budgétaire(s) votée(s).", false);
        fiche.getParent().layout(true, true);
    }
}
