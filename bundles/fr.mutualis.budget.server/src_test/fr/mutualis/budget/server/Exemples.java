package fr.mutualis.budget.server;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NatureOperation;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.ReferencePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.Titre;
import fr.mutualis.budget.api.TypeBudget;
import fr.mutualis.budget.api.TypeChapitre;
import fr.mutualis.budget.server.nomenclature.CataloguePlansDeComptes;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.budget.server.parametres.ParametresBudget;

/** Test data shared by the server tests: the shipped plans de comptes, a small commune, its tiers and pièces. */
public final class Exemples {

    /** The bundle's data folder; surefire runs in the bundle directory. */
    public static final Path NOMENCLATURE = Path.of("nomenclature");

    public static final CataloguePlansDeComptes CATALOGUE = CataloguePlansDeComptes.depuisDossier(NOMENCLATURE);

    /** The effective-dated parameters shipped in the bundle. */
    public static final ParametresBudget PARAMETRES = ParametresBudget.depuisFichier(Path.of("parametres/budget.json"));

    /** End of the journée complémentaire of 2024 (31 January 2025), from the shipped parameters. */
    public static final LocalDate FIN_JOURNEE_2024 = PARAMETRES.finJourneeComplementaire(2024);

    public static final Budget BUDGET = new Budget("COMMUNE DE SAINT-ÉTIENNE-DU-BOIS", TypeBudget.PRINCIPAL,
            Declinaison.M57_A, "001007", "21690123100011", "153", "00");

    public static final Tiers FOURNISSEUR = new Tiers("QUINCAILLERIE MARTIN", null, "73282932000074", "F0012", "60",
            "03", null, new Adresse("12 RUE DE LA GARE", "ZA DES BROTTEAUX", "01370", "SAINT-ÉTIENNE-DU-BOIS"),
            "FR7630006000011234567890189", "AGRIFRPP882");

    public static final Tiers FAMILLE = new Tiers("DUPONT", "Marie", null, "FAM-118", "01", "01", "01",
            new Adresse("3 CHEMIN DES VIGNES", null, "01370", "SAINT-ÉTIENNE-DU-BOIS"), null, null);

    public static final Imputation FOURNITURES = imputation(Section.FONCTIONNEMENT, "011", "60632", "020");
    public static final Imputation ELECTRICITE = imputation(Section.FONCTIONNEMENT, "011", "60612", "020");
    public static final Imputation SUBVENTION_ASSOCIATION = imputation(Section.FONCTIONNEMENT, "65", "65748", "024");
    public static final Imputation INFORMATIQUE = imputation(Section.INVESTISSEMENT, "21", "2183", "020");
    public static final Imputation CANTINE = imputation(Section.FONCTIONNEMENT, "70", "7067", "281");

    private Exemples() {
    }

    public static PlanDeComptes planAbrege() {
        return CATALOGUE.pour(2024, Declinaison.M57_A);
    }

    public static PlanDeComptes planDeveloppe() {
        return CATALOGUE.pour(2024, Declinaison.M57_D);
    }

    public static BigDecimal eur(String montant) {
        return new BigDecimal(montant);
    }

    public static Imputation imputation(Section section, String chapitre, String article, String fonction) {
        return new Imputation(section, chapitre, article, fonction, null);
    }

    public static LignePiece ligne(Imputation imputation, String montant) {
        return new LignePiece(imputation, eur(montant), null, null);
    }

    public static Mandat mandat(int numero, LocalDate date, LignePiece... lignes) {
        return new Mandat(date.getYear(), numero, date, "Fournitures diverses", FOURNISSEUR, List.of(lignes), List.of(),
                NaturePiece.ORDINAIRE, null, "03");
    }

    public static Mandat mandat(int numero, Imputation imputation, String montant) {
        return mandat(numero, LocalDate.of(2024, 3, 15), ligne(imputation, montant));
    }

    public static Mandat correction(int numero, NaturePiece nature, Mandat origine, LignePiece... lignes) {
        return new Mandat(origine.exercice(), numero, origine.date().plusDays(10), nature.libelle() + " du "
                + origine.designation(), origine.tiers(), List.of(lignes), List.of(), nature, origine.reference(), "03");
    }

    public static Titre titre(int numero, Imputation imputation, String montant) {
        return new Titre(2024, numero, LocalDate.of(2024, 4, 2), "Cantine de mars", FAMILLE,
                List.of(new LignePiece(imputation, eur(montant), "Repas de mars", "CANT")), List.of(),
                NaturePiece.ORDINAIRE, null);
    }

    public static Titre correctionTitre(int numero, NaturePiece nature, Titre origine, String montant) {
        return new Titre(origine.exercice(), numero, origine.date().plusDays(3), "Erreur de facturation", origine.tiers(),
                List.of(new LignePiece(origine.lignes().get(0).imputation(), eur(montant), null, "CANT")), List.of(),
                nature, new ReferencePiece(origine.exercice(), origine.numero()));
    }

    public static LigneCredit credit(String chapitre, Section section, Sens sens, String montant) {
        return new LigneCredit(chapitre, section, sens, eur(montant));
    }

    public static DecisionBudgetaire decision(EtapeBudgetaire etape, LigneCredit... lignes) {
        return new DecisionBudgetaire(etape, 2024, LocalDate.of(2024, 3, 28), List.of(lignes));
    }

    public static Chapitre chapitre(String code, Section section) {
        return new Chapitre(code, "Chapitre " + code, section, TypeChapitre.GLOBALISE, NatureOperation.REELLE, false);
    }
}
