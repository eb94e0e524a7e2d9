package fr.mutualis.budget.ui.execution;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.ui.Montants;
import fr.mutualis.budget.ui.PartBudget;
import fr.mutualis.client.Liste;
import fr.mutualis.client.Widgets;

/** Execution of the budget by chapter at a date (credits opened, engaged, mandated or titled, available) and its chart. */
public final class ExecutionPart extends PartBudget {

    private Text date;
    private Label nomenclature;
    private Liste<LigneExecution> tableau;
    private RapportExecution rapport;
    private GraphiqueExecution graphique;

    public ExecutionPart() {
        super("budget.execution");
    }

    @Override
    protected void creerContenu(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite barre = new Composite(parent, SWT.NONE);
        barre.setLayout(new GridLayout(3, false));
        new Label(barre, SWT.NONE).setText("À la date du :");
        date = Widgets.id(new Text(barre, SWT.BORDER), "budget.execution.date");
        GridData largeur = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        largeur.widthHint = 110;
        date.setLayoutData(largeur);
        Button actualiser = Widgets.id(new Button(barre, SWT.PUSH), "budget.execution.actualiser");
        actualiser.setText("Actualiser");
        actualiser.addListener(SWT.Selection, e -> actualiser());
        nomenclature = Widgets.id(new Label(parent, SWT.WRAP), "budget.execution.nomenclature");
        nomenclature.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tableau = new Liste<LigneExecution>(parent, SWT.SINGLE, "budget.execution.tableau")
                .titre("Exécution du budget")
                .colonne("Section", 110, l -> l.section().libelle())
                .colonne("Sens", 80, l -> l.sens().libelle())
                .colonne("Chapitre", 330, l -> rapport == null ? l.chapitre() : rapport.libelle(l.chapitre()),
                        LigneExecution::chapitre)
                .montant("Crédits ouverts", 130, LigneExecution::creditsOuverts)
                .montant("Engagé", 120, LigneExecution::engage)
                .montant("Mandaté / titré", 130, LigneExecution::realise)
                .montant("Disponible", 130, LigneExecution::disponible)
                .totauxPar(l -> l.sens().libelle() + "s");
        graphique = new GraphiqueExecution(parent, "budget.execution.graphique");
        GridData zone = new GridData(SWT.FILL, SWT.FILL, true, true);
        zone.heightHint = 260;
        graphique.canvas().setLayoutData(zone);
    }

    @Override
    protected void vider() {
        rapport = null;
        tableau.vider();
        nomenclature.setText("");
        graphique.afficher(List.of(), Sens.DEPENSE);
    }

    @Override
    protected void budgetChoisi(FicheBudget budget, int exercice) {
        LocalDate jour = Montants.lireDate(date.getText()).filter(d -> d.getYear() == exercice)
                .orElse(LocalDate.now().getYear() == exercice ? LocalDate.now() : LocalDate.of(exercice, 12, 31));
        date.setText(Montants.date(jour));
        appeler("Exécution du budget " + budget.code(), c -> c.service(BudgetService.class).execution(collectiviteId(),
                budget.code(), exercice, jour), this::afficher, erreur -> {
                    tableau.vider();
                    graphique.erreur(erreur);
                    statut("Exécution indisponible : " + erreur, true);
                });
    }

    private void afficher(RapportExecution rapport) {
        this.rapport = rapport;
        tableau.afficher(rapport.lignes());
        String notice = PlanComptable.avertissement(rapport.nomenclature(), rapport.exercice());
        nomenclature.setText(rapport.budget().budget().libelle() + " — exécution au " + Montants.date(rapport.date())
                + (notice == null ? "" : ". " + notice));
        graphique.afficher(rapport.lignes(), Sens.DEPENSE);
        nomenclature.getParent().layout(true, true);
    }
}
