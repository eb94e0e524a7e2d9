package fr.mutualis.budget.server.nomenclature;

import static fr.mutualis.budget.server.Exemples.NOMENCLATURE;
import static fr.mutualis.budget.server.Exemples.planAbrege;
import static fr.mutualis.budget.server.Exemples.planDeveloppe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.core.api.DonneeInvalideException;

class ArticlesCourantsTest {

    /** Each chapter of domain.md 1.2 with the direction it is used in (the 45x pair is 4581/4582 in M57_A). */
    private static final List<String> CHAPITRES_PAR_SENS = List.of("D011", "D012", "D014", "D65", "D66", "D67", "D68",
            "D022", "R013", "R70", "R73", "R731", "R74", "R75", "R76", "R77", "R78", "R002", "D023", "D042", "R042",
            "D20", "D204", "D21", "D23", "D16", "D10", "D13", "D26", "D27", "D4581", "R4582", "D020", "D001", "R10",
            "R13", "R16", "R024", "R27", "D040", "D041", "R021", "R040", "R041");

    @Test
    void everyCommonArticleExistsWithTheLabelOfTheXml() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(NOMENCLATURE.resolve("2024/M57_A/planDeCompte.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        List<Article> articles = ArticlesCourants.dans(planAbrege());
        assertEquals(ArticlesCourants.CODES.size(), articles.size());
        for (Article article : articles) {
            NodeList comptes = (NodeList) xpath.evaluate("/Nomenclature/Nature/Comptes//Compte[@Code='" + article.code()
                    + "' and not(@Supprime='1')]", xml, XPathConstants.NODESET);
            assertEquals(1, comptes.getLength(), article.code());
            String libelleXml = xpath.evaluate("@Libelle", comptes.item(0));
            assertEquals(libelleXml, article.libelle(), article.code());
        }
    }

    @Test
    void theListIsAboutSixtyDistinctArticles() {
        assertEquals(ArticlesCourants.CODES.size(), new HashSet<>(ArticlesCourants.CODES).size());
        assertTrue(ArticlesCourants.CODES.size() >= 55 && ArticlesCourants.CODES.size() <= 80,
                "size " + ArticlesCourants.CODES.size());
    }

    @Test
    void everyChapterOfTheDomainReferenceIsFed() {
        List<Article> articles = ArticlesCourants.dans(planAbrege());
        List<String> nonAlimentes = new ArrayList<>();
        for (String chapitreSens : CHAPITRES_PAR_SENS) {
            Sens sens = chapitreSens.charAt(0) == 'D' ? Sens.DEPENSE : Sens.RECETTE;
            String chapitre = chapitreSens.substring(1);
            if (articles.stream().noneMatch(a -> a.alimente(chapitre, sens))) {
                nonAlimentes.add(chapitreSens);
            }
        }
        assertEquals(List.of(), nonAlimentes);
    }

    @Test
    void theDevelopedChartSplitsSomeOfThem() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> ArticlesCourants.dans(planDeveloppe()));
        assertTrue(e.getMessage().startsWith("Articles courants absents du plan de comptes M57_D 2024 : "), e.getMessage());
        assertTrue(e.getMessage().contains("6411"), e.getMessage());
    }
}
