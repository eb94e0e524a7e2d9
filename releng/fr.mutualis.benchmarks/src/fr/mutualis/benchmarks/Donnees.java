package fr.mutualis.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;
import fr.mutualis.payroll.api.Nir;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;

/** What the benchmarks enter: varied agents with distinct valid NIRs, mandats within the credits voted. */
final class Donnees {

    static final int EXERCICE = 2026;
    static final LocalDate JOUR = LocalDate.of(EXERCICE, 4, 15);
    /** A budget primitif with credits far above what any benchmark mandates (balanced, as the vote requires). */
    static final String BP = """
            section;sens;chapitre;article;montant;libellé
            F;D;011;60632;900000000;Fournitures de petit équipement
            F;D;012;6411;900000000;Personnel titulaire
            F;R;731;73111;1800000000;Impôts directs locaux
            """;
    static final Tiers FOURNISSEUR = new Tiers("QUINCAILLERIE MARTIN", null, "73282932000074", "F0012", "60", "03",
            null, new Adresse("12 RUE DE LA GARE", null, "74130", "BRIZON"), "FR7630006000011234567890189",
            "AGRIFRPP882");

    private final Random random = new Random(2026);
    private final Set<String> nirs = new HashSet<>();

    static SaisiePiece mandat(long tiers, int i) {
        return new SaisiePiece("00", Sens.DEPENSE, EXERCICE, JOUR, "Fournitures " + i, tiers,
                List.of(new LignePiece(new Imputation(Section.FONCTIONNEMENT, "011", "60632", "020", null),
                        new BigDecimal(100 + i % 900).add(BigDecimal.valueOf(i % 100, 2)), null, null)),
                List.of(), "03", null);
    }

    /** Mandats {@code first..first+n-1}, for one lot. */
    static List<SaisiePiece> lot(long tiers, int first, int n) {
        List<SaisiePiece> saisies = new ArrayList<>();
        for (int i = first; i < first + n; i++) {
            saisies.add(mandat(tiers, i));
        }
        return saisies;
    }

    /** Grades on the échelles C1, C2, C3 and the indices majorés of their échelons (décret 2016-604, 2024). */
    private static final String[] GRADES = { "ADJ-TECH", "ADJ-ADM-P2", "AGT-SOC-P1" };
    private static final int[][] ECHELLES = { { 366, 367, 368, 369, 370, 371, 372, 373, 376, 377, 387 },
            { 367, 369, 370, 373, 374, 376, 377, 385, 397, 409, 417, 425 },
            { 373, 375, 376, 385, 398, 408, 420, 435, 455, 478 } };

    /** A varied population: C1 to C3 titulaires and stagiaires, contractuels, part time, NBI, children, primes. */
    AgentSaisie agent(int i) {
        Statut statut = i % 10 == 0 ? Statut.CONTRACTUEL : i % 7 == 0 ? Statut.STAGIAIRE : Statut.TITULAIRE;
        boolean fonctionnaire = statut != Statut.CONTRACTUEL;
        String grade = fonctionnaire ? GRADES[i % 3] : null;
        int[] echelle = ECHELLES[i % 3];
        int echelon = 1 + i % echelle.length;
        int indice = echelle[echelon - 1];
        List<ElementIndemnitaire> primes = List.of(new ElementIndemnitaire(NatureElement.IFSE, "IFSE",
                BigDecimal.valueOf(100 + i % 300)));
        String nir = nir();
        return new AgentSaisie(String.format("M%05d", i), "AGENT" + i, "Prénom" + i, nir, statut,
                new BigDecimal(i % 11 == 0 ? "20" : "35"), new BigDecimal(i % 4 == 0 ? "0.8" : "1"), grade,
                fonctionnaire ? echelon : 0,
                fonctionnaire ? indice : 380 + i % 100, fonctionnaire && i % 9 == 0 ? 15 : 0,
                ZoneResidence.values()[i % 3], i % 5, primes,
                fonctionnaire && i % 11 != 0 ? CategorieTpp.C : CategorieTpp.AUCUNE,
                i % 6 == 0 ? new BigDecimal("4.5") : null, LocalDate.of(2010 + i % 15, 1 + i % 12, 1), null,
                LocalDate.of(1900 + Integer.parseInt(nir.substring(1, 3)), Integer.parseInt(nir.substring(3, 5)), 15),
                fonctionnaire ? "523c" : "524c");
    }

    /** The header of an agents file (docs/payroll.md, « Import d'agents »). */
    static final String ENTETE_AGENTS = "matricule;nom;prenom;nir;statut;heures_hebdo;quotite;grade;echelon;"
            + "indice_majore;points_nbi;zone_residence;enfants;categorie_tpp;taux_pas;date_entree;ifse;cia\n";

    /** An agent as a line of that file (matricules I + number, so they never meet those of creerAgent). */
    static String ligneCsv(AgentSaisie a) {
        BigDecimal ifse = a.elementsIndemnitaires().isEmpty() ? null
                : a.elementsIndemnitaires().get(0).montantMensuel();
        return String.join(";", "I" + a.matricule().substring(1), a.nom(), a.prenom(), a.nir(),
                a.statut().libelle(), a.heuresHebdomadairesPoste().toPlainString(), a.quotite().toPlainString(),
                a.codeGrade() == null ? "" : a.codeGrade(), a.codeGrade() == null ? "" : Integer.toString(a.echelon()),
                Integer.toString(a.indiceMajore()), Integer.toString(a.pointsNbi()),
                Integer.toString(a.zoneResidence().ordinal() + 1), Integer.toString(a.nombreEnfants()),
                a.categorieTpp() == CategorieTpp.AUCUNE ? "" : a.categorieTpp().name(),
                a.tauxPasPersonnel() == null ? "" : a.tauxPasPersonnel().toPlainString(), a.dateEntree().toString(),
                ifse == null ? "" : ifse.toPlainString(), "") + "\n";
    }

    /** A valid NIR not given before. */
    private String nir() {
        while (true) {
            String numero = String.format("%d%02d%02d%02d%03d%03d", 1 + random.nextInt(2), random.nextInt(100),
                    1 + random.nextInt(12), 1 + random.nextInt(95), 1 + random.nextInt(999), 1 + random.nextInt(999));
            String nir = Nir.avecCle(numero);
            if (nirs.add(nir)) {
                return nir;
            }
        }
    }
}
