package fr.mutualis.budget.ui.budgets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.NomenclatureService;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.client.Liste;
import fr.mutualis.budget.ui.Montants;
import fr.mutualis.budget.ui.PartBudget;
import fr.mutualis.client.Widgets;

/**
 * The budgets of the collectivity: Hélios settings, nomenclature, every movement of credits (the BP, each BS or DM,
 * each virement: a line per chapter moved) and the credits per chapter after them, with the totals of each section.
 */
public final class BudgetsPart extends PartBudget {

    private Label fiche;
    private Label nomenclature;
    private Liste<Mouvement> mouvements;
    private Liste<CreditChapitre> credits;
    private Label sections;

    public BudgetsPart() {
        super("budget.budgets");
    }

    /** What the server returns for one budget and exercice. */
    private record Contenu(PlanComptable plan, List<DecisionBudgetaire> decisions, List<Virement> virements) {
    }

    /** One line of a decision or one side of a virement. */
    record Mouvement(String origine, LocalDate date, Section section, Sens sens, String chapitre, String libelle,
            BigDecimal montant) {
    }

    /** The credits of a chapter after every movement. */
    record CreditChapitre(Section section, Sens sens, String chapitre, String libelle, BigDecimal primitif,
            BigDecimal decisions, BigDecimal virements) {

        BigDecimal total() {
            return primitif.add(decisions).add(virements);
        }
    }

    @Override
    protected void creerContenu(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        fiche = Widgets.id(new Label(parent, SWT.WRAP), "budget.budgets.fiche");
        fiche.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        nomenclature = Widgets.id(new Label(parent, SWT.WRAP), "budget.budgets.nomenclature");
        nomenclature.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite haut = new Composite(sash, SWT.NONE);
        haut.setLayout(new GridLayout(1, false));
        new Label(haut, SWT.NONE).setText("Mouvements de crédits (budget primitif, décisions, virements), vote par "
                + "nature :");
        mouvements = new Liste<Mouvement>(haut, SWT.SINGLE, "budget.budgets.credits")
                .titre("Mouvements de crédits")
                .colonne("Mouvement", 150, Mouvement::origine)
                .colonne("Voté le", 90, m -> Montants.date(m.date()), Mouvement::date)
                .colonne("Section", 110, m -> m.section().libelle())
                .colonne("Sens", 80, m -> m.sens().libelle())
                .colonne("Chapitre", 330, Mouvement::libelle, Mouvement::chapitre)
                .montant("Montant", 130, Mouvement::montant)
                .totauxPar(m -> m.sens().libelle() + "s");
        Composite bas = new Composite(sash, SWT.NONE);
        bas.setLayout(new GridLayout(1, false));
        new Label(bas, SWT.NONE).setText("Crédits ouverts par chapitre après ces mouvements :");
        credits = new Liste<CreditChapitre>(bas, SWT.SINGLE, "budget.budgets.chapitres")
                .titre("Crédits par chapitre")
                .colonne("Section", 110, c -> c.section().libelle())
                .colonne("Sens", 80, c -> c.sens().libelle())
                .colonne("Chapitre", 300, CreditChapitre::libelle, CreditChapitre::chapitre)
                .montant("Budget primitif", 120, CreditChapitre::primitif)
                .montant("Décisions", 110, CreditChapitre::decisions)
                .montant("Virements", 110, CreditChapitre::virements)
                .montant("Crédits ouverts", 130, CreditChapitre::total)
                .totauxPar(c -> c.sens().libelle() + "s");
        sections = Widgets.id(new Label(bas, SWT.WRAP), "budget.budgets.sections");
        sections.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sash.setWeights(50, 50);
    }

    @Override
    protected void vider() {
        fiche.setText("");
        nomenclature.setText("");
        sections.setText("");
        mouvements.vider();
        credits.vider();
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
                c.service(BudgetService.class).decisions(collectiviteId(), b.codBud(), exercice),
                c.service(BudgetService.class).virements(collectiviteId(), b.codBud(), exercice)), this::afficher);
    }

    private void afficher(Contenu contenu) {
        PlanComptable plan = contenu.plan();
        nomenclature.setText("Nomenclature : " + plan.nomenclature().declinaison().libelle() + " "
                + plan.nomenclature().exercice() + (plan.planAnterieur() ? ". " + plan.avertissement() : "."));
        Map<String, String> libelles = new HashMap<>();
        plan.chapitres().forEach(c -> libelles.put(c.code(), c.libelleComplet()));
        List<Mouvement> lignes = new ArrayList<>();
        for (DecisionBudgetaire decision : contenu.decisions()) {
            for (LigneCredit ligne : decision.lignes()) {
                lignes.add(new Mouvement(decision.etape().libelle(), decision.dateVote(), ligne.section(),
                        ligne.sens(), ligne.chapitre(), libelles.getOrDefault(ligne.chapitre(), ligne.chapitre()),
                        ligne.montant()));
            }
        }
        for (Virement v : contenu.virements()) {
            String origine = "virement " + v.source().code() + " → " + v.destination().code();
            lignes.add(new Mouvement(origine, v.date(), v.source().section(), Sens.DEPENSE, v.source().code(),
                    v.source().libelleComplet(), v.montant().negate()));
            lignes.add(new Mouvement(origine, v.date(), v.destination().section(), Sens.DEPENSE,
                    v.destination().code(), v.destination().libelleComplet(), v.montant()));
        }
        mouvements.afficher(lignes);
        credits.afficher(parChapitre(lignes, contenu));
        sections.setText(totauxParSection(credits.affichees()));
        statut(contenu.decisions().isEmpty() ? "Aucun budget primitif n'est voté pour cet exercice."
                : contenu.decisions().size() + " décision(s) budgétaire(s) votée(s), " + contenu.virements().size()
                        + " virement(s) de crédits.", false);
        fiche.getParent().layout(true, true);
    }

    private static List<CreditChapitre> parChapitre(List<Mouvement> lignes, Contenu contenu) {
        Map<String, CreditChapitre> chapitres = new LinkedHashMap<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (Mouvement m : lignes) {
            String cle = m.section().code() + m.sens().code() + m.chapitre();
            CreditChapitre avant = chapitres.getOrDefault(cle, new CreditChapitre(m.section(), m.sens(), m.chapitre(),
                    m.libelle(), zero, zero, zero));
            boolean primitif = m.origine().equals(EtapeBudgetaire.BP.libelle());
            boolean virement = m.origine().startsWith("virement");
            chapitres.put(cle, new CreditChapitre(avant.section(), avant.sens(), avant.chapitre(), avant.libelle(),
                    primitif ? avant.primitif().add(m.montant()) : avant.primitif(),
                    !primitif && !virement ? avant.decisions().add(m.montant()) : avant.decisions(),
                    virement ? avant.virements().add(m.montant()) : avant.virements()));
        }
        return new ArrayList<>(chapitres.values());
    }

    /** "Fonctionnement : dépenses 35 000,00 €, recettes 35 000,00 € (équilibre) ; Investissement : …". */
    private static String totauxParSection(List<CreditChapitre> chapitres) {
        List<String> textes = new ArrayList<>();
        for (Section section : Section.values()) {
            BigDecimal depenses = somme(chapitres, section, Sens.DEPENSE);
            BigDecimal recettes = somme(chapitres, section, Sens.RECETTE);
            if (depenses.signum() == 0 && recettes.signum() == 0) {
                continue;
            }
            int ecart = recettes.compareTo(depenses);
            textes.add(Character.toUpperCase(section.libelle().charAt(0)) + section.libelle().substring(1)
                    + " : dépenses " + Montants.euros(depenses) + ", recettes " + Montants.euros(recettes)
                    + (ecart == 0 ? " (équilibre)" : ecart > 0 ? " (excédent " + Montants.euros(recettes
                            .subtract(depenses)) + ")" : " (déficit " + Montants.euros(depenses.subtract(recettes))
                            + ")"));
        }
        return String.join(" ; ", textes);
    }

    private static BigDecimal somme(List<CreditChapitre> chapitres, Section section, Sens sens) {
        return chapitres.stream().filter(c -> c.section() == section && c.sens() == sens).map(CreditChapitre::total)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
