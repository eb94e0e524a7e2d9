package fr.mutualis.budget.server.importation;

import static fr.mutualis.budget.server.Exemples.eur;
import static fr.mutualis.budget.server.Exemples.planAbrege;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.core.api.DonneeInvalideException;

/** The CSV of a budget primitif: one line per budget line, added up per chapter; a broken line refuses the file. */
class LecteurCsvBudgetTest {

    private static List<LigneCredit> lire(String csv) {
        return LecteurCsvBudget.lire(new StringReader(csv), planAbrege());
    }

    @Test
    void linesAreAddedUpPerChapterInTheOrderTheyAppear() {
        List<LigneCredit> lignes = lire("""
                section;sens;chapitre;article;montant;libellé
                # fonctionnement
                F;D;011;60632;1 200,50;Fournitures de petit équipement
                F;D;011;60612;800;Énergie - électricité

                f;d;023;;400.00
                F;R;731;73111;2401,00
                I;R;021;;400
                """);
        assertEquals(List.of(new LigneCredit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, eur("2000.50")),
                new LigneCredit("023", Section.FONCTIONNEMENT, Sens.DEPENSE, eur("400")),
                new LigneCredit("731", Section.FONCTIONNEMENT, Sens.RECETTE, eur("2401")),
                new LigneCredit("021", Section.INVESTISSEMENT, Sens.RECETTE, eur("400"))), lignes);
    }

    @Test
    void everyBrokenLineIsReportedWithItsNumberAndNothingIsReturned() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> lire("""
                section;sens;chapitre;article;montant
                F;D;011;60632;1200
                F;D;011;60632
                X;D;011;60632;10
                F;D;011;60632;12,3,4
                F;D;011;99999;10
                F;R;011;60632;10
                F;D;011;60632;-5
                """));
        assertEquals(List.of(
                "Ligne 3 : 4 champ(s) au lieu de 5 ou 6 (section;sens;chapitre;article;montant[;libellé]) : "
                        + "« F;D;011;60632 ».",
                "Ligne 4 : section « X » inconnue (F ou I).",
                "Ligne 5 : montant « 12,3,4 » illisible (ex. 12000,00 ; positif, deux décimales au plus).",
                "Ligne 6 : article 99999 inconnu ou supprimé du plan de comptes M57_A 2024.",
                "Ligne 7 : l'article 60632 « Fournitures de petit équipement » n'alimente pas le chapitre 011 en recette.",
                "Ligne 8 : montant « -5 » illisible (ex. 12000,00 ; positif, deux décimales au plus)."), e.erreurs());
    }

    @Test
    void aHeaderAfterCommentsIsSkippedAndAnAccountWithSubdivisionsNamesThem() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> lire("""
                # Budget primitif 2026
                section;sens;chapitre;article;montant
                F;D;65;6531;9000
                section;sens;chapitre;article;montant
                """));
        assertEquals(List.of("Ligne 3 : le compte 6531 est subdivisé dans le plan de comptes M57_A 2024 : imputez sur "
                + "l'une de ses subdivisions (65311, 65312, 65313, 65314…).",
                "Ligne 4 : section « section » inconnue (F ou I).",
                "Ligne 4 : sens « sens » inconnu (D ou R).",
                "Ligne 4 : article « article » invalide (un numéro de compte, ex. 60632).",
                "Ligne 4 : montant « montant » illisible (ex. 12000,00 ; positif, deux décimales au plus)."),
                e.erreurs());
    }

    @Test
    void anEmptyFileIsRefused() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> lire("# rien\n\n"));
        assertEquals("Le fichier ne contient aucune ligne de budget.", e.getMessage());
    }

    @Test
    void aQuotedSemicolonInALabelStaysInTheLabel() {
        List<LigneCredit> lignes = lire("""
                section;sens;chapitre;article;montant;libellé
                F;D;011;60632;1 200,50;"Fournitures; petit équipement"
                "F";D;011;60612;"800";"Énergie ; électricité ""verte"" du réseau"
                """);
        assertEquals(List.of(new LigneCredit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, eur("2000.50"))), lignes);
    }

    @Test
    void anUnterminatedQuoteRefusesTheFile() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> lire("""
                F;D;011;60632;1200;"Fournitures
                """));
        assertEquals(1, e.erreurs().size());
        assertEquals(true, e.getMessage().startsWith("Fichier CSV illisible : "), e.getMessage());
    }
}
