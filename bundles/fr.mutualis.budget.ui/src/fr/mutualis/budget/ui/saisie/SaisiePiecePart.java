package fr.mutualis.budget.ui.saisie;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.DemandeCorrection;
import fr.mutualis.budget.api.EngagementService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.FicheEngagement;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.NomenclatureService;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.ui.Correction;
import fr.mutualis.budget.ui.IbanAffiche;
import fr.mutualis.client.Formulaire;
import fr.mutualis.client.Liste;
import fr.mutualis.budget.ui.Montants;
import fr.mutualis.budget.ui.PartBudget;
import fr.mutualis.budget.ui.tiers.NouveauTiersDialog;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Entry of a mandat or a titre: the tiers is found by typing part of its name or SIRET (or created on the spot), a
 * mandat may start from an engagement (tiers, objet, imputation and what is left are filled in); as the article and the
 * amount are typed, the chapter, the credits still available there and any refusal are shown, and "Émettre" is enabled
 * only for a valid line. Once issued, the form is emptied. Below, the register of the budget, from which a pièce is
 * cancelled or reduced.
 */
public final class SaisiePiecePart extends PartBudget {

    private static final String SANS_ENGAGEMENT = "Sans engagement";

    private Button mandat;
    private Button titre;
    private Text date;
    private Combo engagement;
    private Text tiers;
    private Label tiersRetenu;
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
    private Liste<LigneRegistre> registre;
    private Formulaire formulaireSaisie;

    private List<FicheTiers> fichesTiers = List.of();
    private List<FicheEngagement> engagements = List.of();
    private boolean engagementsTenus;
    private ValidationSaisie validation;
    private ValidationSaisie.Verdict verdict;

    public SaisiePiecePart() {
        super("budget.saisie");
    }

    /** What the form needs for one budget and exercice. */
    private record Donnees(PlanComptable plan, RapportExecution rapport, List<FicheTiers> tiers,
            List<LigneRegistre> registre, List<FicheEngagement> engagements) {
    }

    @Override
    protected void creerContenu(Composite partie) {
        // The part scrolls rather than squeezing the register under the form (8 rows at 1280x800)
        Composite parent = Widgets.defilantEnHauteur(partie);
        parent.setLayout(new GridLayout(1, false));
        Composite haut = parent;
        Group formulaire = new Group(haut, SWT.NONE);
        formulaire.setText("Nouvelle pièce");
        formulaire.setLayout(new GridLayout(6, false));
        formulaire.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        new Label(formulaire, SWT.NONE).setText("Pièce :");
        Composite sens = new Composite(formulaire, SWT.NONE);
        sens.setLayout(new GridLayout(2, false));
        sens.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        mandat = Widgets.id(new Button(sens, SWT.RADIO), "budget.saisie.mandat");
        mandat.setText("Mandat (dépense)");
        mandat.setSelection(true);
        titre = Widgets.id(new Button(sens, SWT.RADIO), "budget.saisie.titre");
        titre.setText("Titre de recette");
        mandat.addListener(SWT.Selection, e -> sensChange());
        titre.addListener(SWT.Selection, e -> sensChange());
        date = champ(formulaire, "Date :", "budget.saisie.date", 110);

        new Label(formulaire, SWT.NONE).setText("Engagement :");
        engagement = Widgets.id(new Combo(formulaire, SWT.READ_ONLY | SWT.DROP_DOWN), "budget.saisie.engagement");
        engagement.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        engagement.addListener(SWT.Selection, e -> engagementChoisi());

        new Label(formulaire, SWT.NONE).setText("Tiers :");
        tiers = Widgets.id(new Text(formulaire, SWT.BORDER | SWT.SEARCH), "budget.saisie.tiers");
        tiers.setMessage("tapez une partie du nom, du SIRET ou de la ville");
        tiers.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        tiers.addListener(SWT.Modify, e -> valider());
        ContentProposalAdapter proposition = new ContentProposalAdapter(tiers, new TextContentAdapter(),
                (contenu, position) -> propositions(contenu), null, null);
        proposition.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        proposition.setAutoActivationDelay(150);
        proposition.setAutoActivationCharacters(null);
        tiers.addListener(SWT.Modify, e -> {
            if (tiers.isFocusControl() && !tiers.getText().isBlank() && retenu() == null) {
                proposition.openProposalPopup();
            }
        });
        Button nouveauTiers = Widgets.id(new Button(formulaire, SWT.PUSH), "budget.saisie.nouveautiers");
        nouveauTiers.setText("Nouveau tiers…");
        nouveauTiers.addListener(SWT.Selection, e -> nouveauTiers());
        tiersRetenu = ligne(formulaire, "budget.saisie.tiers.retenu");

        new Label(formulaire, SWT.NONE).setText("Objet :");
        objet = Widgets.id(new Text(formulaire, SWT.BORDER), "budget.saisie.objet");
        objet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        objet.addListener(SWT.Modify, e -> valider());

        article = champ(formulaire, "Article (nature) :", "budget.saisie.article", 110);
        fonction = champ(formulaire, "Fonction :", "budget.saisie.fonction", 80);
        montant = champ(formulaire, "Montant (€) :", "budget.saisie.montant", 130);
        codeProduit = champ(formulaire, "Code produit (titre) :", "budget.saisie.codeproduit", 80);
        codeProduit.setEnabled(false);

        Composite boutons = new Composite(formulaire, SWT.NONE);
        boutons.setLayout(new GridLayout(2, false));
        boutons.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));
        emettre = Widgets.id(new Button(boutons, SWT.PUSH), "budget.saisie.emettre");
        emettre.setText("Émettre le mandat");
        emettre.setEnabled(false);
        emettre.addListener(SWT.Selection, e -> emettre());
        Button effacer = Widgets.id(new Button(boutons, SWT.PUSH), "budget.saisie.effacer");
        effacer.setText("Effacer");
        effacer.addListener(SWT.Selection, e -> effacer());
        formulaireSaisie = new Formulaire(emettre, this::valider, this::effacer)
                .champs(date, objet, article, fonction, montant, codeProduit).suivre(tiers, engagement);

        imputation = ligne(formulaire, "budget.saisie.imputation");
        disponible = ligne(formulaire, "budget.saisie.disponible");
        erreur = ligne(formulaire, "budget.saisie.erreur");
        erreur.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_RED));

        nomenclature = Widgets.id(new Label(haut, SWT.WRAP), "budget.saisie.nomenclature");
        nomenclature.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite bas = parent;
        new Label(bas, SWT.NONE).setText("Registre de l'exercice :");
        registre = new Liste<LigneRegistre>(bas, SWT.SINGLE, "budget.saisie.registre")
                .titre("Registre des mandats et titres")
                .nombre("N°", 60, LigneRegistre::numero)
                .colonne("Date", 90, l -> Montants.date(l.date()), LigneRegistre::date)
                .colonne("Nature", 150, l -> l.nature().libelle() + (l.origine() == null ? "" : " du n° " + l.origine()))
                .colonne("Tiers", 200, LigneRegistre::tiers)
                .colonne("Objet", 220, LigneRegistre::objet)
                .colonne("Imputation", 160, LigneRegistre::imputations)
                .montant("Montant", 120, l -> l.nature().corrective() ? l.montant().negate() : l.montant())
                .colonne("Engagement", 90, l -> l.engagement() == null ? "" : "n° " + l.engagement(),
                        LigneRegistre::engagement)
                .colonne("Bordereau", 110, l -> l.bordereau() != null ? "n° " + l.bordereau()
                        : l.enPreparation() ? "en préparation" : "")
                .lignesVisibles(8);
        Composite actions = new Composite(bas, SWT.NONE);
        actions.setLayout(new GridLayout(2, false));
        Button annuler = Widgets.id(new Button(actions, SWT.PUSH), "budget.saisie.annuler");
        annuler.setText("Annuler la pièce…");
        annuler.addListener(SWT.Selection, e -> corriger(NaturePiece.ANNULATION));
        Button reduire = Widgets.id(new Button(actions, SWT.PUSH), "budget.saisie.reduire");
        reduire.setText("Réduire la pièce…");
        reduire.addListener(SWT.Selection, e -> corriger(NaturePiece.REDUCTION));
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
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1);
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

    private static String simplifier(String texte) {
        return Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRANCE);
    }

    private static String recherche(FicheTiers f) {
        return simplifier(f.libelle() + " " + f.tiers().adresse().ville() + " " + f.tiers().adresse().codePostal());
    }

    /** The active tiers whose name, SIRET/SIREN or city contain what is typed. */
    private IContentProposal[] propositions(String contenu) {
        String cherche = simplifier(contenu.strip());
        return fichesTiers.stream().filter(FicheTiers::actif).filter(f -> recherche(f).contains(cherche)).limit(30)
                .map(f -> new ContentProposal(f.libelle(), f.libelle() + " — " + f.tiers().adresse().codePostal()
                        + " " + f.tiers().adresse().ville(), null))
                .toArray(IContentProposal[]::new);
    }

    /** The tiers named by what is typed: its exact label, or the only active tiers matching it; null otherwise. */
    private FicheTiers retenu() {
        String texte = tiers.getText().strip();
        if (texte.isEmpty()) {
            return null;
        }
        List<FicheTiers> actifs = fichesTiers.stream().filter(FicheTiers::actif).toList();
        for (FicheTiers f : actifs) {
            if (f.libelle().equals(texte)) {
                return f;
            }
        }
        String cherche = simplifier(texte);
        List<FicheTiers> trouves = actifs.stream().filter(f -> recherche(f).contains(cherche)).toList();
        return trouves.size() == 1 ? trouves.get(0) : null;
    }

    /** Forgets everything typed: after a pièce was issued, and when the collectivity changes. */
    private void effacer() {
        formulaireSaisie.remplir(() -> {
            for (Text t : List.of(tiers, objet, article, fonction, montant, codeProduit)) {
                t.setText("");
            }
        });
        engagement.select(0);
        formulaireSaisie.oublier();
        valider();
    }

    @Override
    protected void collectiviteChangee() {
        formulaireSaisie.remplir(() -> date.setText(""));
        fichesTiers = List.of();
        engagements = List.of();
        engagement.setItems(SANS_ENGAGEMENT);
        effacer();
    }

    @Override
    protected void vider() {
        validation = null;
        verdict = null;
        registre.vider();
        imputation.setText("");
        disponible.setText("");
        erreur.setText("");
        tiersRetenu.setText("");
        emettre.setEnabled(false);
    }

    @Override
    protected void budgetChoisi(FicheBudget budget, int exercice) {
        if (date.getText().isBlank() || Montants.lireDate(date.getText()).map(d -> d.getYear() != exercice)
                .orElse(true)) {
            formulaireSaisie.remplir(() -> date.setText(Montants.date(jourDeLExercice())));
        }
        Sens sens = sens();
        boolean tenus = budget.comptabiliteEngagement();
        appeler("Saisie : budget " + budget.code() + " " + exercice, c -> new Donnees(
                c.service(NomenclatureService.class).plan(collectiviteId(), exercice, budget.budget().declinaison()),
                c.service(BudgetService.class).execution(collectiviteId(), budget.code(), exercice, null),
                c.service(TiersService.class).tiers(collectiviteId()),
                c.service(ExecutionService.class).registre(collectiviteId(), budget.code(), exercice, sens),
                tenus && sens == Sens.DEPENSE ? c.service(EngagementService.class).listeEngagements(collectiviteId(),
                        budget.code(), exercice) : List.of()), d -> afficher(d, tenus));
    }

    private void afficher(Donnees donnees, boolean tenus) {
        validation = new ValidationSaisie(donnees.plan(), donnees.rapport());
        fichesTiers = donnees.tiers();
        engagementsTenus = tenus;
        String choisi = engagement.getText();
        engagements = donnees.engagements().stream().filter(g -> g.reste().signum() > 0).toList();
        List<String> items = new ArrayList<>(List.of(SANS_ENGAGEMENT));
        engagements.forEach(g -> items.add(g.libelle()));
        engagement.setItems(items.toArray(String[]::new));
        engagement.select(Math.max(0, engagement.indexOf(choisi)));
        engagement.setEnabled(tenus && sens() == Sens.DEPENSE);
        registre.afficher(donnees.registre());
        nomenclature.setText(donnees.plan().planAnterieur() ? donnees.plan().avertissement() : "");
        valider();
    }

    private FicheEngagement engagementChoisi0() {
        int index = engagement.getSelectionIndex();
        return index <= 0 || index > engagements.size() ? null : engagements.get(index - 1);
    }

    /** An engagement chosen: the form takes its tiers, objet, imputation and what is left of it. */
    private void engagementChoisi() {
        FicheEngagement g = engagementChoisi0();
        if (g == null) {
            valider();
            return;
        }
        fichesTiers.stream().filter(f -> g.tiers() != null && f.id() == g.tiers()).findFirst()
                .ifPresent(f -> tiers.setText(f.libelle()));
        objet.setText(g.engagement().objet());
        article.setText(g.engagement().imputation().article());
        fonction.setText(g.engagement().imputation().fonction() == null ? "" : g.engagement().imputation().fonction());
        montant.setText(g.reste().toPlainString().replace('.', ','));
        valider();
    }

    private void nouveauTiers() {
        if (connexion() == null || selecteur().budget() == null) {
            statut("Choisissez d'abord la collectivité et le budget.", true);
            return;
        }
        var collectivite = collectiviteId();
        var c = connexion();
        FicheTiers cree = new NouveauTiersDialog(tiers.getShell(),
                t -> c.service(TiersService.class).enregistrerTiers(collectivite, t)).creer();
        if (cree != null && collectivite.equals(collectiviteId())) {
            List<FicheTiers> liste = new ArrayList<>(fichesTiers);
            liste.add(cree);
            fichesTiers = liste;
            tiers.setText(cree.libelle());
            statut("Tiers créé : " + cree.libelle() + ".", false);
            valider();
        }
    }

    /** Checks the line as it is typed and shows the available credit and what is wrong. */
    private void valider() {
        FicheTiers choisi = retenu();
        tiersRetenu.setText(choisi == null ? "" : "Tiers retenu : " + choisi.libelle() + ", "
                + choisi.tiers().adresse().codePostal() + " " + choisi.tiers().adresse().ville()
                + (choisi.iban() == null ? "" : ", IBAN " + IbanAffiche.masque(choisi.iban())));
        if (validation == null) {
            emettre.setEnabled(false);
            return;
        }
        verdict = validation.verifier(sens(), article.getText(), fonction.getText(), montant.getText());
        imputation.setText(verdict.imputation() == null ? "" : "Imputation : " + verdict.imputation().libelle()
                + " (section " + verdict.imputation().section().libelle() + ")");
        disponible.setText(verdict.credit());
        String probleme = verdict.erreur();
        FicheEngagement g = engagementChoisi0();
        if (probleme == null && engagementsTenus && sens() == Sens.DEPENSE && g == null) {
            probleme = "La collectivité tient une comptabilité d'engagement : choisissez l'engagement que ce mandat "
                    + "consomme (onglet Engagements pour en saisir un).";
        } else if (probleme == null && g != null && Montants.lire(montant.getText()).map(m -> m.compareTo(g.reste())
                > 0).orElse(false)) {
            probleme = "L'engagement n° " + g.engagement().numero() + " ne couvre plus que "
                    + Montants.euros(g.reste()) + ".";
        } else if (probleme == null && choisi == null) {
            probleme = tiers.getText().isBlank() ? "Choisissez le tiers (" + (sens() == Sens.DEPENSE ? "créancier"
                    : "débiteur") + ") : tapez une partie de son nom ou de son SIRET, ou « Nouveau tiers… »."
                    : "Aucun tiers actif, ou plusieurs, ne correspondent à « " + tiers.getText().strip()
                            + " » : précisez ou choisissez dans la liste proposée.";
        } else if (probleme == null && objet.getText().isBlank()) {
            probleme = "Saisissez l'objet de la pièce.";
        } else if (probleme == null && Montants.lireDate(date.getText()).isEmpty()) {
            probleme = "Date invalide : saisissez-la au format JJ/MM/AAAA.";
        } else if (probleme == null && sens() == Sens.RECETTE && codeProduit.getText().isBlank()) {
            probleme = "Un titre porte le code produit local convenu avec le comptable.";
        }
        erreur.setText(formulaireSaisie == null ? "" : formulaireSaisie.erreur(probleme));
        emettre.setEnabled(probleme == null);
        erreur.getParent().getParent().layout(true, true); // the group grows with a message on two lines
    }

    private void emettre() {
        FicheBudget budget = selecteur().budget();
        int exercice = selecteur().exercice();
        FicheTiers choisi = retenu();
        FicheEngagement g = engagementChoisi0();
        SaisiePiece saisie;
        try {
            BigDecimal somme = Montants.lire(montant.getText()).orElseThrow();
            LignePiece ligne = new LignePiece(verdict.imputation(), somme, null,
                    sens() == Sens.RECETTE ? codeProduit.getText().strip().toUpperCase() : null);
            saisie = new SaisiePiece(budget.code(), sens(), exercice, Montants.lireDate(date.getText()).orElseThrow(),
                    objet.getText().strip(), choisi.id(), List.of(ligne), List.of(),
                    sens() == Sens.DEPENSE ? "03" : null, g == null ? null : g.engagement().numero());
        } catch (DonneeInvalideException e) {
            erreur.setText(e.getMessage());
            return;
        }
        emettre.setEnabled(false);
        statut("Émission en cours…", false);
        appeler("Émission d'un " + sens().piece(), c -> c.service(ExecutionService.class).emettre(collectiviteId(),
                saisie), (Piece piece) -> {
                    effacer();
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

    /** Cancels or reduces the pièce selected in the register, as a new pièce, after the user confirmed. */
    private void corriger(NaturePiece nature) {
        LigneRegistre l = registre.choisi();
        FicheBudget budget = selecteur().budget();
        if (l == null || budget == null) {
            statut("Sélectionnez dans le registre le " + sens().piece() + " à " + (nature == NaturePiece.ANNULATION
                    ? "annuler." : "réduire."), true);
            return;
        }
        if (l.nature().corrective()) {
            statut("Une annulation ou une réduction ne se corrige pas : sélectionnez le " + sens().piece()
                    + " d'origine.", true);
            return;
        }
        String piece = l.sens().piece() + " n° " + l.numero() + "/" + l.exercice();
        boolean annulation = nature == NaturePiece.ANNULATION;
        var saisie = new Correction(registre.viewer().getTable().getShell(),
                (annulation ? "Annuler le " : "Réduire le ") + piece,
                piece + " : " + l.tiers() + ", " + l.objet() + ", " + Montants.euros(l.montant()) + ". "
                        + (annulation ? "Tout ce qu'il en reste est annulé." : "Indiquez le montant de la réduction."),
                annulation ? null : "Montant de la réduction (€)",
                "un " + sens().piece() + " d'" + (annulation ? "annulation" : "réduction") + " numéroté est émis dans "
                        + "la série de l'exercice ; il ira sur le prochain bordereau. Le " + piece + " reste au "
                        + "registre.").demander();
        if (saisie.isEmpty()) {
            return;
        }
        int exercice = selecteur().exercice();
        LocalDate jour = jourDeLExercice();
        Sens sens = l.sens();
        appeler((annulation ? "Annulation" : "Réduction") + " du " + piece, c -> {
            List<LignePiece> lignes = List.of();
            if (!annulation) {
                Piece origine = c.service(ExecutionService.class).piece(collectiviteId(), budget.code(), exercice,
                        sens, l.numero());
                if (origine.lignes().size() != 1) {
                    throw new DonneeInvalideException("Le " + piece + " a plusieurs imputations : il ne se réduit "
                            + "pas d'un seul montant ; annulez-le puis émettez la pièce juste.");
                }
                LignePiece ligne = origine.lignes().get(0);
                lignes = List.of(new LignePiece(ligne.imputation(), saisie.get().montant(), null,
                        ligne.codeProduitLocal()));
            }
            return c.service(ExecutionService.class).corriger(collectiviteId(), new DemandeCorrection(budget.code(),
                    sens, exercice, l.numero(), nature, jour, saisie.get().motif(), lignes));
        }, (Piece corrective) -> {
            actualiser();
            statut((annulation ? "Annulation" : "Réduction") + " émise : " + corrective.sens().piece() + " n° "
                    + corrective.reference() + " de " + Montants.euros(corrective.montant()) + " sur le " + piece
                    + ".", false);
        });
    }
}
