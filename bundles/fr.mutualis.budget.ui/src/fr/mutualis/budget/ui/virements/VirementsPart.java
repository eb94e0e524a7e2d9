package fr.mutualis.budget.ui.virements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
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
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.DemandeVirement;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.NatureOperation;
import fr.mutualis.budget.api.NomenclatureService;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.RapportEquilibre;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.budget.api.VoteBudget;
import fr.mutualis.client.Confirmation;
import fr.mutualis.client.Liste;
import fr.mutualis.budget.ui.Montants;
import fr.mutualis.budget.ui.PartBudget;
import fr.mutualis.client.Formulaire;
import fr.mutualis.client.Widgets;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Virements de crédits and décisions modificatives. A virement shows, as it is typed, the credits available at the
 * origin chapter and the rules it breaks (same section, never 012, within the available credits); the server checks
 * again, with the cap of the voted fongibilité rate. A DM is built line by line with its balance per section shown;
 * the server checks its equilibrium when it is voted. Both are the ordonnateur's acts and are confirmed first.
 */
public final class VirementsPart extends PartBudget {

    private Text dateVirement;
    private Combo section;
    private Combo source;
    private Combo destination;
    private Text montant;
    private Label disponible;
    private Label erreurVirement;
    private Button virer;
    private Liste<Virement> virements;

    private Text dateDm;
    private Combo sectionDm;
    private Combo sensDm;
    private Combo chapitreDm;
    private Text montantDm;
    private Button diminution;
    private Liste<LigneCredit> lignesDm;
    private Label equilibreDm;
    private Button voter;

    private ScrolledComposite defilement;
    private Composite zone;
    private Formulaire formulaireVirement;
    private Formulaire formulaireDm;
    /** The chapters the user chose, kept across the reloads (after a virement, another budget): codes, or "". */
    private String choixSource = "";
    private String choixDestination = "";
    private String choixChapitreDm = "";

    private PlanComptable plan;
    private RapportExecution rapport;
    private final List<LigneCredit> lignes = new ArrayList<>();

    public VirementsPart() {
        super("budget.virements");
    }

    private record Donnees(PlanComptable plan, RapportExecution rapport, List<Virement> virements) {
    }

    @Override
    protected void creerContenu(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        defilement = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        defilement.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        zone = new Composite(defilement, SWT.NONE);
        zone.setLayout(new GridLayout(1, false)); // one above the other: both fit a 1280 px wide window

        Group groupeVirement = new Group(zone, SWT.NONE);
        groupeVirement.setText("Virement de crédits (dépenses, au sein d'une section)");
        groupeVirement.setLayout(new GridLayout(2, false));
        groupeVirement.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        dateVirement = texte(groupeVirement, "Date :", "budget.virements.date", this::validerVirement);
        section = combo(groupeVirement, "Section :", "budget.virements.section", this::sectionChangee);
        source = combo(groupeVirement, "Chapitre d'origine :", "budget.virements.source", () -> {
            choixSource = code(source);
            validerVirement();
        });
        destination = combo(groupeVirement, "Chapitre de destination :", "budget.virements.destination", () -> {
            choixDestination = code(destination);
            validerVirement();
        });
        montant = texte(groupeVirement, "Montant (€) :", "budget.virements.montant", this::validerVirement);
        disponible = ligne(groupeVirement, "budget.virements.disponible");
        erreurVirement = ligne(groupeVirement, "budget.virements.erreur");
        erreurVirement.setForeground(Display.getCurrent().getSystemColor(SWT.COLOR_RED));
        virer = Widgets.id(new Button(groupeVirement, SWT.PUSH), "budget.virements.virer");
        virer.setText("Effectuer le virement…");
        virer.addListener(SWT.Selection, e -> virer());
        formulaireVirement = new Formulaire(virer, this::validerVirement, () -> montant.setText(""))
                .champs(dateVirement, montant).suivre(section, source, destination);
        Composite listeVirements = new Composite(groupeVirement, SWT.NONE);
        listeVirements.setLayout(new GridLayout(1, false));
        GridData place = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        place.heightHint = 200;
        listeVirements.setLayoutData(place);
        virements = new Liste<Virement>(listeVirements, SWT.SINGLE, "budget.virements.liste")
                .titre("Virements de crédits")
                .colonne("Date", 90, v -> Montants.date(v.date()), Virement::date)
                .colonne("Section", 110, v -> v.source().section().libelle())
                .colonne("Origine", 200, v -> v.source().libelleComplet(), v -> v.source().code())
                .colonne("Destination", 200, v -> v.destination().libelleComplet(), v -> v.destination().code())
                .montant("Montant", 110, Virement::montant);

        Group groupeDm = new Group(zone, SWT.NONE);
        groupeDm.setText("Décision modificative");
        groupeDm.setLayout(new GridLayout(2, false));
        groupeDm.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        dateDm = texte(groupeDm, "Votée le :", "budget.dm.date", this::validerDm);
        sectionDm = combo(groupeDm, "Section :", "budget.dm.section", this::sectionDmChangee);
        sensDm = combo(groupeDm, "Sens :", "budget.dm.sens", this::sectionDmChangee); // its chapters differ
        for (Sens s : Sens.values()) {
            sensDm.add(s.libelle());
        }
        sensDm.select(0);
        chapitreDm = combo(groupeDm, "Chapitre :", "budget.dm.chapitre", () -> choixChapitreDm = code(chapitreDm));
        montantDm = texte(groupeDm, "Montant (€) :", "budget.dm.montant", () -> { });
        new Label(groupeDm, SWT.NONE);
        diminution = Widgets.id(new Button(groupeDm, SWT.CHECK), "budget.dm.diminution");
        diminution.setText("Diminution de crédits");
        new Label(groupeDm, SWT.NONE);
        Composite boutons = new Composite(groupeDm, SWT.NONE);
        boutons.setLayout(new GridLayout(2, false));
        Button ajouter = Widgets.id(new Button(boutons, SWT.PUSH), "budget.dm.ajouter");
        ajouter.setText("Ajouter la ligne");
        ajouter.addListener(SWT.Selection, e -> ajouterLigne());
        formulaireDm = new Formulaire(ajouter, this::validerDm, () -> {
            montantDm.setText("");
            diminution.setSelection(false);
        }).champs(montantDm, dateDm);
        Button retirer = Widgets.id(new Button(boutons, SWT.PUSH), "budget.dm.retirer");
        retirer.setText("Retirer la ligne");
        retirer.addListener(SWT.Selection, e -> {
            LigneCredit l = lignesDm.choisi();
            if (l != null) {
                lignes.remove(l);
                lignesDm.afficher(lignes);
                validerDm();
            }
        });
        Composite listeDm = new Composite(groupeDm, SWT.NONE);
        listeDm.setLayout(new GridLayout(1, false));
        GridData placeDm = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        placeDm.heightHint = 160;
        listeDm.setLayoutData(placeDm);
        lignesDm = new Liste<LigneCredit>(listeDm, SWT.SINGLE, "budget.dm.lignes")
                .titre("Lignes de la décision modificative")
                .colonne("Section", 110, l -> l.section().libelle())
                .colonne("Sens", 80, l -> l.sens().libelle())
                .colonne("Chapitre", 220, l -> libelle(l.chapitre()), LigneCredit::chapitre)
                .montant("Montant", 110, LigneCredit::montant)
                .totauxPar(l -> l.section().libelle() + " " + l.sens().libelle() + "s");
        equilibreDm = ligne(groupeDm, "budget.dm.equilibre");
        voter = Widgets.id(new Button(groupeDm, SWT.PUSH), "budget.dm.voter");
        voter.setText("Enregistrer la DM votée…");
        voter.addListener(SWT.Selection, e -> voter());

        for (Combo c : List.of(section, sectionDm)) {
            for (Section s : Section.values()) {
                c.add(s.libelle());
            }
            c.select(0);
        }
        defilement.setContent(zone);
        defilement.setExpandHorizontal(true);
        defilement.setExpandVertical(true);
        defilement.addListener(SWT.Resize, e -> ajuster());
        ajuster();
    }

    /**
     * Lays the two forms out again after a message changed (a long refusal wraps on several lines) and sizes the
     * scrolling area to the width shown: the forms wrap rather than scroll sideways.
     */
    private void ajuster() {
        int largeur = defilement.getClientArea().width;
        zone.layout(true, true);
        defilement.setMinSize(zone.computeSize(largeur > 0 ? largeur : SWT.DEFAULT, SWT.DEFAULT));
    }

    private static Text texte(Composite parent, String libelle, String id, Runnable changement) {
        new Label(parent, SWT.NONE).setText(libelle);
        Text text = Widgets.id(new Text(parent, SWT.BORDER), id);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 120;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> changement.run());
        return text;
    }

    private static Combo combo(Composite parent, String libelle, String id, Runnable changement) {
        new Label(parent, SWT.NONE).setText(libelle);
        Combo combo = Widgets.id(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 300;
        combo.setLayoutData(data);
        combo.addListener(SWT.Selection, e -> changement.run());
        return combo;
    }

    private static Label ligne(Composite parent, String id) {
        Label label = Widgets.id(new Label(parent, SWT.WRAP), id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.widthHint = 420;
        label.setLayoutData(data);
        return label;
    }

    private String libelle(String code) {
        return plan == null ? code : plan.chapitres().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(Chapitre::libelleComplet).orElse(code);
    }

    private static Section sectionDe(Combo combo) {
        return Section.values()[Math.max(combo.getSelectionIndex(), 0)];
    }

    private static String code(Combo combo) {
        return code(combo.getText());
    }

    private static String code(String texte) {
        int espace = texte.indexOf(' ');
        return espace < 0 ? texte : texte.substring(0, espace);
    }

    @Override
    protected void collectiviteChangee() {
        formulaireVirement.remplir(() -> {
            for (Text t : List.of(dateVirement, montant, dateDm, montantDm)) {
                t.setText("");
            }
        });
        formulaireVirement.oublier();
        choixSource = "";
        choixDestination = "";
        choixChapitreDm = "";
        lignes.clear();
        lignesDm.vider();
    }

    @Override
    protected void vider() {
        plan = null;
        rapport = null;
        virements.vider();
        source.removeAll();
        destination.removeAll();
        chapitreDm.removeAll();
        disponible.setText("");
        erreurVirement.setText("");
        equilibreDm.setText("");
        virer.setEnabled(false);
        voter.setEnabled(false);
    }

    @Override
    protected void budgetChoisi(FicheBudget budget, int exercice) {
        for (Text t : List.of(dateVirement, dateDm)) {
            if (Montants.lireDate(t.getText()).map(d -> d.getYear() != exercice).orElse(true)) {
                formulaireVirement.remplir(() -> t.setText(Montants.date(jourDeLExercice())));
            }
        }
        appeler("Virements du budget " + budget.code(), c -> new Donnees(
                c.service(NomenclatureService.class).plan(collectiviteId(), exercice, budget.budget().declinaison()),
                c.service(BudgetService.class).execution(collectiviteId(), budget.code(), exercice, null),
                c.service(BudgetService.class).virements(collectiviteId(), budget.code(), exercice)), this::afficher);
    }

    private void afficher(Donnees donnees) {
        plan = donnees.plan();
        rapport = donnees.rapport();
        virements.afficher(donnees.virements());
        sectionChangee();
        sectionDmChangee();
        validerDm();
    }

    private void sectionChangee() {
        if (plan == null) {
            return;
        }
        Section s = sectionDe(section);
        // Only the chapters of real expenditure, 012 left out: the fongibilité of credits concerns neither 023, 040
        // to 043 nor the charges de personnel
        source.setItems(rapport.lignes().stream().filter(l -> l.section() == s && l.sens() == Sens.DEPENSE
                && l.creditsOuverts().signum() > 0 && fongible(l.chapitre())).map(l -> libelle(l.chapitre()))
                .toArray(String[]::new));
        destination.setItems(plan.chapitres().stream().filter(c -> c.section() == s && !c.previsionSeulement()
                && !c.special() && c.nature() == NatureOperation.REELLE && !c.code().equals(Chapitre.PERSONNEL))
                .map(Chapitre::libelleComplet).toArray(String[]::new));
        choisir(source, choixSource);
        choisir(destination, choixDestination);
        validerVirement();
    }

    private boolean fongible(String code) {
        return !code.equals(Chapitre.PERSONNEL) && plan.chapitres().stream().filter(c -> c.code().equals(code))
                .findFirst().map(c -> c.nature() == NatureOperation.REELLE && !c.previsionSeulement()).orElse(false);
    }

    /** Selects the chapter the user chose, if the list still has it; otherwise nothing (never a default). */
    private static void choisir(Combo combo, String chapitre) {
        String[] items = combo.getItems();
        for (int i = 0; i < items.length; i++) {
            if (code(items[i]).equals(chapitre)) {
                combo.select(i);
                return;
            }
        }
        combo.deselectAll();
    }

    private void sectionDmChangee() {
        if (plan == null) {
            return;
        }
        Section s = sectionDe(sectionDm);
        Sens sens = Sens.values()[Math.max(sensDm.getSelectionIndex(), 0)];
        chapitreDm.setItems(plan.chapitres().stream().filter(c -> c.section() == s && !c.special()
                && ouvertAuSens(plan, c, sens)).map(Chapitre::libelleComplet).toArray(String[]::new));
        choisir(chapitreDm, choixChapitreDm); // a reload never puts another chapter under the amount typed
    }

    /** Forecast-only chapters (no article) of expenditure: déficit reporté, dépenses imprévues, virement à la section. */
    private static final Set<String> PREVISION_DEPENSE = Set.of("001", "002", "020", "022", "023");
    /** Forecast-only chapters of receipts: excédent reporté, virement de la section, produits des cessions. */
    private static final Set<String> PREVISION_RECETTE = Set.of("001", "002", "021", "024");

    /**
     * Whether a DM may open credits on this chapter in this direction: a chapter some article of the plan feeds in
     * that direction (011 is never a recette, 74 never a dépense), or a forecast-only chapter of that direction.
     */
    static boolean ouvertAuSens(PlanComptable plan, Chapitre chapitre, Sens sens) {
        if (chapitre.previsionSeulement()) {
            return (sens == Sens.DEPENSE ? PREVISION_DEPENSE : PREVISION_RECETTE).contains(chapitre.code());
        }
        return plan.articles().stream().anyMatch(a -> a.alimente(chapitre.code(), sens));
    }

    private Optional<LigneExecution> ligneSource() {
        Section s = sectionDe(section);
        String code = code(source);
        return rapport == null ? Optional.empty() : rapport.lignes().stream().filter(l -> l.section() == s
                && l.sens() == Sens.DEPENSE && l.chapitre().equals(code)).findFirst();
    }

    /** The rules of a virement the client can check as it is typed; the server adds the cap of the voted rate. */
    private String problemeVirement() {
        if (rapport == null) {
            return "Chargement…";
        }
        if (source.getSelectionIndex() < 0 || destination.getSelectionIndex() < 0) {
            return "Choisissez les chapitres d'origine et de destination.";
        }
        String origine = code(source);
        String cible = code(destination);
        if (origine.equals(cible)) {
            return "Le chapitre d'origine et le chapitre de destination sont identiques.";
        }
        Optional<BigDecimal> somme = Montants.lire(montant.getText()).filter(m -> m.signum() > 0);
        if (somme.isEmpty()) {
            return "Montant invalide : saisissez un montant positif, par exemple 1 234,56.";
        }
        BigDecimal libre = ligneSource().map(LigneExecution::disponible).orElse(BigDecimal.ZERO.setScale(2));
        if (somme.get().compareTo(libre) > 0) {
            return "Crédits disponibles insuffisants au chapitre " + origine + " : disponible " + Montants.euros(libre)
                    + ", virement " + Montants.euros(somme.get()) + ".";
        }
        if (Montants.lireDate(dateVirement.getText()).isEmpty()) {
            return "Date invalide : saisissez-la au format JJ/MM/AAAA.";
        }
        return null;
    }

    private void validerVirement() {
        disponible.setText(ligneSource().map(l -> "Disponible au chapitre " + libelle(l.chapitre()) + " : "
                + Montants.euros(l.disponible()) + " (crédits ouverts " + Montants.euros(l.creditsOuverts())
                + ") ; le cumul des virements reste plafonné au taux de fongibilité voté.").orElse(""));
        String probleme = problemeVirement();
        erreurVirement.setText(formulaireVirement.erreur(probleme));
        virer.setEnabled(probleme == null);
        ajuster();
    }

    private void virer() {
        FicheBudget budget = selecteur().budget();
        if (problemeVirement() != null || budget == null) {
            return;
        }
        DemandeVirement demande;
        try {
            demande = new DemandeVirement(budget.code(), selecteur().exercice(),
                    Montants.lireDate(dateVirement.getText()).orElseThrow(), code(source), code(destination),
                    Montants.lire(montant.getText()).orElseThrow());
        } catch (DonneeInvalideException e) {
            erreurVirement.setText(e.getMessage());
            return;
        }
        if (!Confirmation.demander(virer.getShell(), "Virement de crédits", "Virement de "
                + Montants.euros(demande.montant()) + " du chapitre " + demande.chapitreSource() + " au chapitre "
                + demande.chapitreDestination() + ".\n\n• Les crédits ouverts du chapitre "
                        + demande.chapitreSource() + " baissent de " + Montants.euros(demande.montant()) + ", ceux du "
                        + "chapitre " + demande.chapitreDestination() + " augmentent d'autant.\n"
                        + "• Le virement compte dans le plafond de fongibilité de l'exercice.",
                "un virement enregistré ne se supprime pas ; il se compense par un virement inverse, qui compte "
                        + "aussi dans le plafond.", "Virer")) {
            return;
        }
        virer.setEnabled(false);
        appeler("Virement de crédits", c -> c.service(BudgetService.class).virer(collectiviteId(), demande),
                (Virement v) -> {
                    formulaireVirement.remplir(() -> montant.setText(""));
                    formulaireVirement.oublier(); // the chapters chosen stay: the next virement starts from them
                    actualiser();
                    statut("Virement enregistré : " + Montants.euros(v.montant()) + " du chapitre "
                            + v.source().code() + " au chapitre " + v.destination().code() + ".", false);
                }, message -> {
                    erreurVirement.setText(message);
                    ajuster();
                    statut("Virement refusé par le serveur : rien n'a été enregistré.", true);
                    virer.setEnabled(true);
                });
    }

    private void ajouterLigne() {
        Optional<BigDecimal> somme = Montants.lire(montantDm.getText()).filter(m -> m.signum() > 0);
        if (somme.isEmpty() || chapitreDm.getSelectionIndex() < 0) {
            equilibreDm.setText("Choisissez le chapitre et saisissez un montant positif (cochez « Diminution » pour "
                    + "réduire des crédits).");
            return;
        }
        Sens sens = Sens.values()[Math.max(sensDm.getSelectionIndex(), 0)];
        Section s = sectionDe(sectionDm);
        String code = code(chapitreDm);
        if (lignes.stream().anyMatch(l -> l.chapitre().equals(code) && l.section() == s && l.sens() == sens)) {
            equilibreDm.setText("Le chapitre " + code + " (" + sens.libelle() + ") figure déjà dans la DM : retirez "
                    + "la ligne pour la corriger.");
            return;
        }
        lignes.add(new LigneCredit(code, s, sens, diminution.getSelection() ? somme.get().negate() : somme.get()));
        lignesDm.afficher(lignes);
        formulaireDm.remplir(() -> montantDm.setText(""));
        diminution.setSelection(false);
        validerDm();
    }

    /** The balance of the DM per section: what the server will check, shown as the lines are added. */
    private void validerDm() {
        if (lignes.isEmpty()) {
            equilibreDm.setText("Ajoutez les lignes de la décision modificative.");
            voter.setEnabled(false);
            return;
        }
        List<String> textes = new ArrayList<>();
        boolean equilibree = true;
        for (Section s : Section.values()) {
            BigDecimal depenses = somme(s, Sens.DEPENSE);
            BigDecimal recettes = somme(s, Sens.RECETTE);
            if (lignes.stream().noneMatch(l -> l.section() == s)) {
                continue;
            }
            equilibree &= depenses.compareTo(recettes) == 0;
            textes.add(s.libelle() + " : dépenses " + Montants.euros(depenses) + ", recettes "
                    + Montants.euros(recettes) + (depenses.compareTo(recettes) == 0 ? " (équilibre)"
                            : " (écart " + Montants.euros(recettes.subtract(depenses)) + ")"));
        }
        equilibreDm.setText("Équilibre de la DM — " + String.join(" ; ", textes) + (equilibree ? "."
                : ". Le serveur refuse une DM déséquilibrée (sauf suréquilibre permis en investissement)."));
        voter.setEnabled(Montants.lireDate(dateDm.getText()).isPresent());
        ajuster();
    }

    private BigDecimal somme(Section s, Sens sens) {
        return lignes.stream().filter(l -> l.section() == s && l.sens() == sens).map(LigneCredit::montant)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private void voter() {
        FicheBudget budget = selecteur().budget();
        Optional<LocalDate> date = Montants.lireDate(dateDm.getText());
        if (budget == null || date.isEmpty() || lignes.isEmpty()) {
            return;
        }
        VoteBudget vote;
        try {
            vote = new VoteBudget(budget.code(), new DecisionBudgetaire(EtapeBudgetaire.DM, selecteur().exercice(),
                    date.get(), List.copyOf(lignes)), null, null);
        } catch (DonneeInvalideException e) {
            equilibreDm.setText(e.getMessage());
            return;
        }
        if (!Confirmation.demander(voter.getShell(), "Décision modificative", "Enregistrer la DM votée le "
                + Montants.date(date.get()) + " (" + lignes.size() + " ligne(s)).\n\n• Les crédits ouverts des "
                        + "chapitres de la DM changent des montants indiqués.\n• L'équilibre du budget est contrôlé "
                        + "par le serveur avec cette DM.", "une décision votée ne se supprime pas ; elle se corrige "
                        + "par une nouvelle DM.", "Enregistrer")) {
            return;
        }
        voter.setEnabled(false);
        appeler("Vote d'une DM", c -> c.service(BudgetService.class).voter(collectiviteId(), vote),
                (RapportEquilibre r) -> {
                    lignes.clear();
                    lignesDm.vider();
                    actualiser();
                    statut("Décision modificative enregistrée" + (r.observations().isEmpty() ? "."
                            : " : " + String.join(" ", r.observations())), false);
                }, message -> {
                    equilibreDm.setText(message);
                    ajuster();
                    statut("DM refusée par le serveur : rien n'a été enregistré.", true);
                    voter.setEnabled(true);
                });
    }
}
