package fr.mutualis.budget.ui.engagements;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.EngagementService;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.FicheEngagement;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.NomenclatureService;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.SaisieEngagement;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.ui.Correction;
import fr.mutualis.client.Liste;
import fr.mutualis.budget.ui.Montants;
import fr.mutualis.budget.ui.PartBudget;
import fr.mutualis.budget.ui.saisie.ValidationSaisie;
import fr.mutualis.client.Formulaire;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Engagements of the budget: entry (tiers, imputation, amount, objet) with the credits not yet engaged shown as the
 * amount is typed, and the list with what is mandated and left on each, from which an engagement is reduced or
 * cancelled.
 */
public final class EngagementsPart extends PartBudget {

    private Label tenue;
    private Text date;
    private Text tiers;
    private Text objet;
    private Text article;
    private Text fonction;
    private Text montant;
    private Label imputation;
    private Label erreur;
    private Button engager;
    private Liste<FicheEngagement> liste;
    private Formulaire formulaireEngagement;

    private List<FicheTiers> fichesTiers = List.of();
    private ValidationSaisie validation;
    private ValidationSaisie.Verdict verdict;
    private boolean tenus;

    public EngagementsPart() {
        super("budget.engagements");
    }

    private record Donnees(PlanComptable plan, RapportExecution rapport, List<FicheTiers> tiers,
            List<FicheEngagement> engagements) {
    }

    @Override
    protected void creerContenu(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        tenue = Widgets.id(new Label(parent, SWT.WRAP), "budget.engagements.tenue");
        tenue.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite haut = parent;
        Group formulaire = new Group(haut, SWT.NONE);
        formulaire.setText("Nouvel engagement");
        formulaire.setLayout(new GridLayout(6, false));
        formulaire.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        date = champ(formulaire, "Date :", "budget.engagements.date", 110, 1);
        tiers = champ(formulaire, "Tiers :", "budget.engagements.tiers", 400, 3);
        tiers.setMessage("tapez une partie du nom, du SIRET ou de la ville");
        ContentProposalAdapter proposition = new ContentProposalAdapter(tiers, new TextContentAdapter(),
                (contenu, position) -> actifs(contenu).stream().limit(30)
                        .map(f -> new ContentProposal(f.libelle())).toArray(ContentProposal[]::new), null, null);
        proposition.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        proposition.setAutoActivationDelay(150);
        tiers.addListener(SWT.Modify, e -> {
            if (tiers.isFocusControl() && !tiers.getText().isBlank() && retenu() == null) {
                proposition.openProposalPopup();
            }
        });
        objet = champ(formulaire, "Objet :", "budget.engagements.objet", 400, 5);
        article = champ(formulaire, "Article (nature) :", "budget.engagements.article", 110, 1);
        fonction = champ(formulaire, "Fonction :", "budget.engagements.fonction", 80, 1);
        montant = champ(formulaire, "Montant (€) :", "budget.engagements.montant", 130, 1);
        imputation = ligne(formulaire, "budget.engagements.imputation");
        erreur = ligne(formulaire, "budget.engagements.erreur");
        erreur.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_RED));
        engager = Widgets.id(new Button(formulaire, SWT.PUSH), "budget.engagements.engager");
        engager.setText("Engager");
        engager.setEnabled(false);
        engager.addListener(SWT.Selection, e -> engager());
        formulaireEngagement = new Formulaire(engager, this::valider, this::effacer)
                .champs(date, objet, article, fonction, montant).suivre(tiers);

        Composite bas = parent;
        new Label(bas, SWT.NONE).setText("Engagements de l'exercice :");
        liste = new Liste<FicheEngagement>(bas, SWT.SINGLE, "budget.engagements.liste")
                .titre("Engagements")
                .nombre("N°", 50, g -> g.engagement().numero())
                .colonne("Date", 90, g -> Montants.date(g.engagement().date()), g -> g.engagement().date())
                .colonne("Tiers", 180, FicheEngagement::tiersNom)
                .colonne("Objet", 200, g -> g.engagement().objet())
                .colonne("Imputation", 150, g -> g.engagement().imputation().libelle())
                .montant("Engagé", 110, g -> g.engagement().montant())
                .montant("Mandaté", 110, FicheEngagement::mandate)
                .montant("Reste", 110, FicheEngagement::reste)
                .colonne("État", 80, FicheEngagement::statut)
                .colonne("Motif", 160, FicheEngagement::motif);
        Composite actions = new Composite(bas, SWT.NONE);
        actions.setLayout(new GridLayout(2, false));
        Button reduire = Widgets.id(new Button(actions, SWT.PUSH), "budget.engagements.reduire");
        reduire.setText("Réduire…");
        reduire.addListener(SWT.Selection, e -> corriger(false));
        Button annuler = Widgets.id(new Button(actions, SWT.PUSH), "budget.engagements.annuler");
        annuler.setText("Annuler le reste…");
        annuler.addListener(SWT.Selection, e -> corriger(true));
    }

    private Text champ(Composite parent, String libelle, String id, int largeur, int colonnes) {
        new Label(parent, SWT.NONE).setText(libelle);
        Text text = Widgets.id(new Text(parent, SWT.BORDER), id);
        GridData data = new GridData(colonnes > 1 ? SWT.FILL : SWT.LEFT, SWT.CENTER, colonnes > 1, false, colonnes, 1);
        data.widthHint = largeur;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> valider());
        return text;
    }

    private static Label ligne(Composite parent, String id) {
        Label label = Widgets.id(new Label(parent, SWT.WRAP), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1);
        data.widthHint = 700;
        label.setLayoutData(data);
        return label;
    }

    private static String simplifier(String texte) {
        return Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRANCE);
    }

    private List<FicheTiers> actifs(String contenu) {
        String cherche = simplifier(contenu.strip());
        return fichesTiers.stream().filter(FicheTiers::actif).filter(f -> simplifier(f.libelle() + " "
                + f.tiers().adresse().ville()).contains(cherche)).toList();
    }

    /**
     * The tiers chosen in the proposals (its whole label in the field), or null: a part of a name is never taken for
     * a tiers, even when only one matches, as the engagement would name a tiers the user did not read.
     */
    private FicheTiers retenu() {
        String texte = tiers.getText().strip();
        return texte.isEmpty() ? null : fichesTiers.stream().filter(FicheTiers::actif)
                .filter(f -> f.libelle().equals(texte)).findFirst().orElse(null);
    }

    /** What is wrong with the tiers field when no tiers is chosen. */
    private String problemeTiers() {
        String texte = tiers.getText().strip();
        if (texte.isEmpty()) {
            return "Choisissez le tiers : tapez une partie de son nom ou de son SIRET.";
        }
        List<FicheTiers> trouves = actifs(texte);
        if (trouves.isEmpty()) {
            return "Aucun tiers actif ne correspond à « " + texte + " » : vérifiez la saisie, ou créez le tiers "
                    + "(Tiers > Nouveau tiers).";
        }
        return trouves.size() == 1 ? "« " + texte + " » n'est qu'une partie du nom : choisissez « "
                + trouves.get(0).libelle() + " » dans la liste proposée (flèche bas, puis Entrée)."
                : trouves.size() + " tiers correspondent à « " + texte + " » : choisissez le bon dans la liste "
                        + "proposée.";
    }

    /** Empties the form: a new engagement starts from nothing, and shows no error until it is typed in. */
    private void effacer() {
        formulaireEngagement.remplir(() -> {
            for (Text t : List.of(tiers, objet, article, fonction, montant)) {
                t.setText("");
            }
        });
        formulaireEngagement.oublier();
        valider();
    }

    @Override
    protected void collectiviteChangee() {
        formulaireEngagement.remplir(() -> date.setText(""));
        fichesTiers = List.of();
        effacer();
    }

    @Override
    protected void vider() {
        validation = null;
        verdict = null;
        liste.vider();
        tenue.setText("");
        imputation.setText("");
        erreur.setText("");
        engager.setEnabled(false);
    }

    @Override
    protected void budgetChoisi(FicheBudget budget, int exercice) {
        if (Montants.lireDate(date.getText()).map(d -> d.getYear() != exercice).orElse(true)) {
            formulaireEngagement.remplir(() -> date.setText(Montants.date(jourDeLExercice())));
        }
        tenus = budget.comptabiliteEngagement();
        appeler("Engagements du budget " + budget.code(), c -> new Donnees(
                c.service(NomenclatureService.class).plan(collectiviteId(), exercice, budget.budget().declinaison()),
                c.service(BudgetService.class).execution(collectiviteId(), budget.code(), exercice, null),
                c.service(TiersService.class).tiers(collectiviteId()),
                c.service(EngagementService.class).listeEngagements(collectiviteId(), budget.code(), exercice)),
                this::afficher);
    }

    private void afficher(Donnees donnees) {
        validation = new ValidationSaisie(donnees.plan(), donnees.rapport());
        fichesTiers = donnees.tiers();
        liste.afficher(donnees.engagements());
        tenue.setText(tenus ? "La collectivité tient une comptabilité d'engagement : chaque mandat consomme un "
                + "engagement." : "La collectivité ne tient pas de comptabilité d'engagement : l'administrateur "
                        + "l'active (budget:engagements) avant toute saisie.");
        tenue.getParent().layout(true);
        valider();
    }

    /** Checks the form as it is typed; the error shows once the user has typed in it or pressed "Engager". */
    private void valider() {
        if (validation == null) {
            engager.setEnabled(false);
            return;
        }
        verdict = validation.verifier(Sens.DEPENSE, article.getText(), fonction.getText(), montant.getText());
        imputation.setText(verdict.imputation() == null ? "" : "Imputation : " + verdict.imputation().libelle()
                + " — " + verdict.credit());
        String probleme = tenus ? verdict.erreur() : "Comptabilité d'engagement non tenue par la collectivité.";
        if (probleme == null && retenu() == null) {
            probleme = problemeTiers();
        } else if (probleme == null && objet.getText().isBlank()) {
            probleme = "Saisissez l'objet de l'engagement (commande, marché, convention…).";
        } else if (probleme == null && Montants.lireDate(date.getText()).isEmpty()) {
            probleme = "Date invalide : saisissez-la au format JJ/MM/AAAA.";
        }
        erreur.setText(formulaireEngagement == null ? "" : formulaireEngagement.erreur(probleme));
        engager.setEnabled(probleme == null);
        erreur.getParent().getParent().layout(true, true); // the group grows with a message on two lines
    }

    private void engager() {
        FicheBudget budget = selecteur().budget();
        FicheTiers choisi = retenu();
        SaisieEngagement saisie;
        try {
            saisie = new SaisieEngagement(budget.code(), selecteur().exercice(),
                    Montants.lireDate(date.getText()).orElseThrow(), objet.getText().strip(), verdict.imputation(),
                    Montants.lire(montant.getText()).orElseThrow());
        } catch (DonneeInvalideException e) {
            erreur.setText(e.getMessage());
            return;
        }
        engager.setEnabled(false);
        appeler("Engagement", c -> c.service(EngagementService.class).engagerPourTiers(collectiviteId(), saisie,
                choisi.id()), (FicheEngagement g) -> {
                    effacer();
                    actualiser();
                    statut("Engagement n° " + g.engagement().numero() + "/" + g.engagement().exercice() + " pris : "
                            + Montants.euros(g.engagement().montant()) + " pour " + g.tiersNom() + ".", false);
                }, message -> {
                    erreur.setText(message);
                    statut("Engagement refusé par le serveur : rien n'a été enregistré.", true);
                    engager.setEnabled(true);
                });
    }

    private void corriger(boolean annulation) {
        FicheEngagement g = liste.choisi();
        FicheBudget budget = selecteur().budget();
        if (g == null || budget == null) {
            statut("Sélectionnez l'engagement à " + (annulation ? "annuler." : "réduire."), true);
            return;
        }
        String nom = "l'engagement n° " + g.engagement().numero() + "/" + g.engagement().exercice();
        var saisie = new Correction(liste.viewer().getTable().getShell(),
                (annulation ? "Annuler le reste de " : "Réduire ") + nom,
                "Engagé " + Montants.euros(g.engagement().montant()) + ", mandaté " + Montants.euros(g.mandate())
                        + ", reste " + Montants.euros(g.reste()) + (annulation ? ". Le reste est libéré."
                                : ". Indiquez le nouveau montant engagé (au moins le mandaté)."),
                annulation ? null : "Nouveau montant engagé (€)",
                "les crédits libérés redeviennent disponibles ; " + nom + (annulation
                        ? " ne peut plus recevoir de mandat." : " ne pourra plus être augmenté.")).demander();
        if (saisie.isEmpty()) {
            return;
        }
        int exercice = selecteur().exercice();
        int numero = g.engagement().numero();
        BigDecimal nouveau = saisie.get().montant();
        String motif = saisie.get().motif();
        appeler((annulation ? "Annulation" : "Réduction") + " d'un engagement", c -> annulation
                ? c.service(EngagementService.class).annulerEngagement(collectiviteId(), budget.code(), exercice,
                        numero, motif)
                : c.service(EngagementService.class).reduireEngagement(collectiviteId(), budget.code(), exercice,
                        numero, nouveau, motif), (FicheEngagement r) -> {
                            actualiser();
                            statut("Engagement n° " + numero + " " + r.statut() + " : engagé "
                                    + Montants.euros(r.engagement().montant()) + ", reste " + Montants.euros(r.reste())
                                    + ".", false);
                        });
    }
}
