package fr.mutualis.budget.ui.saisie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.NomenclatureService;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.ui.Montants;
import fr.mutualis.budget.ui.PartBudget;
import fr.mutualis.budget.ui.Tableaux;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Entry of a mandat or a titre: as the article and the amount are typed, the chapter, the credits still available
 * there and any refusal are shown, and "Émettre" is enabled only for a valid line. Below, the register of the budget.
 */
public final class SaisiePiecePart extends PartBudget {

    private Button mandat;
    private Button titre;
    private Text date;
    private Combo tiers;
    private Text objet;
    private Text article;
    private Text fonction;
    private Text montant;
    private Text codeProduit;
    private Label imputation;
    private Label disponible;
    private Label erreur;
    private Label nomenclature;
    private Button emettre;
    private Table registre;

    private List<FicheTiers> fichesTiers = List.of();
    private ValidationSaisie validation;
    private ValidationSaisie.Verdict verdict;

    public SaisiePiecePart() {
        super("budget.saisie");
    }

    /** What the form needs for one budget and exercice. */
    private record Donnees(PlanComptable plan, RapportExecution rapport, List<FicheTiers> tiers,
            List<LigneRegistre> registre) {
    }

    @Override
    protected void creerContenu(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Group formulaire = new Group(parent, SWT.NONE);
        formulaire.setText("Nouvelle pièce");
        formulaire.setLayout(new GridLayout(4, false));
        formulaire.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        new Label(formulaire, SWT.NONE).setText("Pièce :");
        Composite sens = new Composite(formulaire, SWT.NONE);
        sens.setLayout(new GridLayout(2, false));
        mandat = Widgets.id(new Button(sens, SWT.RADIO), "budget.saisie.mandat");
        mandat.setText("Mandat (dépense)");
        mandat.setSelection(true);
        titre = Widgets.id(new Button(sens, SWT.RADIO), "budget.saisie.titre");
        titre.setText("Titre de recette");
        mandat.addListener(SWT.Selection, e -> sensChange());
        titre.addListener(SWT.Selection, e -> sensChange());
        date = champ(formulaire, "Date :", "budget.saisie.date", 110);

        new Label(formulaire, SWT.NONE).setText("Tiers :");
        tiers = Widgets.id(new Combo(formulaire, SWT.READ_ONLY | SWT.DROP_DOWN), "budget.saisie.tiers");
        tiers.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        tiers.addListener(SWT.Selection, e -> valider());

        new Label(formulaire, SWT.NONE).setText("Objet :");
        objet = Widgets.id(new Text(formulaire, SWT.BORDER), "budget.saisie.objet");
        objet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        objet.addListener(SWT.Modify, e -> valider());

        article = champ(formulaire, "Article (nature) :", "budget.saisie.article", 110);
        fonction = champ(formulaire, "Fonction :", "budget.saisie.fonction", 80);
        montant = champ(formulaire, "Montant (€) :", "budget.saisie.montant", 130);
        codeProduit = champ(formulaire, "Code produit (titre) :", "budget.saisie.codeproduit", 80);
        codeProduit.setEnabled(false);

        imputation = ligne(formulaire, "budget.saisie.imputation");
        disponible = ligne(formulaire, "budget.saisie.disponible");
        erreur = ligne(formulaire, "budget.saisie.erreur");
        erreur.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_RED));

        emettre = Widgets.id(new Button(formulaire, SWT.PUSH), "budget.saisie.emettre");
        emettre.setText("Émettre le mandat");
        emettre.setEnabled(false);
        emettre.addListener(SWT.Selection, e -> emettre());

        nomenclature = Widgets.id(new Label(parent, SWT.WRAP), "budget.saisie.nomenclature");
        nomenclature.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE).setText("Registre de l'exercice :");
        registre = Tableaux.creer(parent, SWT.SINGLE, "budget.saisie.registre", ">N°|60", "Date|90", "Nature|90",
                "Tiers|200", "Objet|220", "Imputation|160", ">Montant|120", "Bordereau|110");
    }

    private Text champ(Composite parent, String libelle, String id, int largeur) {
        new Label(parent, SWT.NONE).setText(libelle);
        Text text = Widgets.id(new Text(parent, SWT.BORDER), id);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = largeur;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> valider());
        return text;
    }

    private static Label ligne(Composite parent, String id) {
        Label label = Widgets.id(new Label(parent, SWT.WRAP), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        data.widthHint = 700;
        label.setLayoutData(data);
        return label;
    }

    private Sens sens() {
        return titre.getSelection() ? Sens.RECETTE : Sens.DEPENSE;
    }

    private void sensChange() {
        codeProduit.setEnabled(sens() == Sens.RECETTE);
        emettre.setText(sens() == Sens.DEPENSE ? "Émettre le mandat" : "Émettre le titre");
        actualiser();
    }

    @Override
    protected void vider() {
        validation = null;
        verdict = null;
        fichesTiers = List.of();
        tiers.removeAll();
        registre.removeAll();
        imputation.setText("");
        disponible.setText("");
        erreur.setText("");
        emettre.setEnabled(false);
    }

    @Override
    protected void budgetChoisi(FicheBudget budget, int exercice) {
        if (date.getText().isBlank() || Montants.lireDate(date.getText()).map(d -> d.getYear() != exercice)
                .orElse(true)) {
            LocalDate aujourdhui = LocalDate.now();
            date.setText(Montants.date(aujourdhui.getYear() == exercice ? aujourdhui : LocalDate.of(exercice, 12, 31)));
        }
        Sens sens = sens();
        appeler("Saisie : budget " + budget.code() + " " + exercice, c -> new Donnees(
                c.service(NomenclatureService.class).plan(collectiviteId(), exercice, budget.budget().declinaison()),
                c.service(BudgetService.class).execution(collectiviteId(), budget.code(), exercice, null),
                c.service(TiersService.class).tiers(collectiviteId()),
                c.service(ExecutionService.class).registre(collectiviteId(), budget.code(), exercice, sens)),
                this::afficher);
    }

    private void afficher(Donnees donnees) {
        validation = new ValidationSaisie(donnees.plan(), donnees.rapport());
        String choisi = tiers.getText();
        fichesTiers = donnees.tiers();
        tiers.setItems(fichesTiers.stream().map(FicheTiers::libelle).toArray(String[]::new));
        int index = tiers.indexOf(choisi);
        if (index >= 0 || !fichesTiers.isEmpty()) {
            tiers.select(Math.max(index, 0));
        }
        registre.removeAll();
        for (LigneRegistre l : donnees.registre()) {
            Tableaux.ligne(registre, l, String.valueOf(l.numero()), Montants.date(l.date()), l.nature().libelle(),
                    l.tiers(), l.objet(), l.imputations(), Montants.euros(l.montant()),
                    l.bordereau() != null ? "n° " + l.bordereau() : l.enPreparation() ? "en préparation" : "");
        }
        nomenclature.setText(donnees.plan().planAnterieur() ? donnees.plan().avertissement() : "");
        valider();
    }

    /** Checks the line as it is typed and shows the available credit and what is wrong. */
    private void valider() {
        if (validation == null) {
            emettre.setEnabled(false);
            return;
        }
        verdict = validation.verifier(sens(), article.getText(), fonction.getText(), montant.getText());
        imputation.setText(verdict.imputation() == null ? "" : "Imputation : " + verdict.imputation().libelle()
                + " (section " + verdict.imputation().section().libelle() + ")");
        disponible.setText(verdict.credit());
        String probleme = verdict.erreur();
        if (probleme == null && tiers.getSelectionIndex() < 0) {
            probleme = "Choisissez le tiers (" + (sens() == Sens.DEPENSE ? "créancier" : "débiteur") + ").";
        } else if (probleme == null && objet.getText().isBlank()) {
            probleme = "Saisissez l'objet de la pièce.";
        } else if (probleme == null && Montants.lireDate(date.getText()).isEmpty()) {
            probleme = "Date invalide : saisissez-la au format JJ/MM/AAAA.";
        } else if (probleme == null && sens() == Sens.RECETTE && codeProduit.getText().isBlank()) {
            probleme = "Un titre porte le code produit local convenu avec le comptable.";
        }
        erreur.setText(probleme == null ? "" : probleme);
        emettre.setEnabled(probleme == null);
        erreur.getParent().layout(true);
    }

    private void emettre() {
        FicheBudget budget = selecteur().budget();
        int exercice = selecteur().exercice();
        SaisiePiece saisie;
        try {
            BigDecimal somme = Montants.lire(montant.getText()).orElseThrow();
            LignePiece ligne = new LignePiece(verdict.imputation(), somme, null,
                    sens() == Sens.RECETTE ? codeProduit.getText().strip().toUpperCase() : null);
            saisie = new SaisiePiece(budget.code(), sens(), exercice, Montants.lireDate(date.getText()).orElseThrow(),
                    objet.getText().strip(), fichesTiers.get(tiers.getSelectionIndex()).id(), List.of(ligne), List.of(),
                    sens() == Sens.DEPENSE ? "03" : null, null);
        } catch (DonneeInvalideException e) {
            erreur.setText(e.getMessage());
            return;
        }
        emettre.setEnabled(false);
        statut("Émission en cours…", false);
        appeler("Émission d'un " + sens().piece(), c -> c.service(ExecutionService.class).emettre(collectiviteId(),
                saisie), (Piece piece) -> {
                    montant.setText("");
                    actualiser();
                    statut(Character.toUpperCase(piece.sens().piece().charAt(0)) + piece.sens().piece().substring(1)
                            + " n° " + piece.reference() + " émis : " + Montants.euros(piece.montant()) + " au chapitre "
                            + piece.lignes().get(0).imputation().chapitre() + ".", false);
                }, message -> {
                    erreur.setText(message);
                    statut("Pièce refusée par le serveur : rien n'a été enregistré.", true);
                    emettre.setEnabled(true);
                });
    }
}
