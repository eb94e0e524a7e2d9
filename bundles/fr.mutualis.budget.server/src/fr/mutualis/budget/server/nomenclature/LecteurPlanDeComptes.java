package fr.mutualis.budget.server.nomenclature;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.EmploiCompte;
import fr.mutualis.budget.api.Fonction;
import fr.mutualis.budget.api.NatureOperation;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.TypeChapitre;
import fr.mutualis.core.api.DonneeInvalideException;

/** Reads an official TOTEM {@code planDeCompte.xml} (root {@code Nomenclature}, values in attributes). */
public final class LecteurPlanDeComptes {

    private LecteurPlanDeComptes() {
    }

    /**
     * Parses the plan with the JDK parser (no DOCTYPE, no external entity).
     * <ul>
     * <li>Chapters: {@code Nature/Chapitres/Chapitre}; a chapter is "d'ordre" when accounts feed it only through the
     * ordre attributes (DOES, DOIS, ROES, ROIS), which gives 021, 023 and 040 to 043.</li>
     * <li>Articles: every {@code Nature/Comptes//Compte} not marked {@code Supprime="1"} with at least one non-empty DR,
     * DOES, DOIS, RR, ROES or ROIS attribute (in the 2024 plans, exactly the leaves once deleted accounts are removed).
     * An account under a deleted parent stays usable: deletion is per account.</li>
     * <li>Fonctions: {@code Fonction/RefFonctionnelles//RefFonc}, with parent and depth from the nesting.</li>
     * </ul>
     * Labels are verbatim except two C1 control characters the producer wrote for Windows-1252 punctuation: U+0092
     * becomes ’ and U+0096 becomes –, as in the CSV extracts of the shared data.
     */
    public static PlanDeComptes lire(InputStream xml) {
        Element racine;
        try {
            racine = parseur().parse(xml).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new DonneeInvalideException("Plan de comptes illisible : " + e.getMessage());
        }
        if (!"Nomenclature".equals(racine.getTagName())) {
            throw new DonneeInvalideException("Ce fichier n'est pas un plan de comptes TOTEM (racine « "
                    + racine.getTagName() + " » au lieu de « Nomenclature »).");
        }
        Element nature = enfant(racine, "Nature");
        SequencedMap<String, Article> articles = new LinkedHashMap<>();
        lireComptes(enfant(nature, "Comptes"), articles);
        SequencedMap<String, Fonction> fonctions = new LinkedHashMap<>();
        lireFonctions(enfant(enfant(racine, "Fonction"), "RefFonctionnelles"), null, 1, fonctions);
        return new PlanDeComptes(racine.getAttribute("Norme"), Declinaison.depuisCode(racine.getAttribute("Declinaison")),
                Integer.parseInt(racine.getAttribute("Exer")), lireChapitres(enfant(nature, "Chapitres"), articles),
                articles, fonctions);
    }

    private static SequencedMap<String, Chapitre> lireChapitres(Element chapitres, Map<String, Article> articles) {
        Set<String> alimentesEnReel = new HashSet<>();
        Set<String> alimentesEnOrdre = new HashSet<>();
        for (Article article : articles.values()) {
            article.chapitres().forEach((emploi, chapitre) ->
                    (emploi.nature() == NatureOperation.REELLE ? alimentesEnReel : alimentesEnOrdre).add(chapitre));
        }
        SequencedMap<String, Chapitre> resultat = new LinkedHashMap<>();
        for (Element element : enfants(chapitres, "Chapitre")) {
            String code = element.getAttribute("Code");
            NatureOperation nature = alimentesEnOrdre.contains(code) && !alimentesEnReel.contains(code)
                    ? NatureOperation.ORDRE : NatureOperation.REELLE;
            ajouter(resultat, code, new Chapitre(code, libelle(element), Section.depuisCode(element.getAttribute("Section")),
                    TypeChapitre.depuisCode(element.getAttribute("TypeChapitre")), nature,
                    "1".equals(element.getAttribute("Special"))));
        }
        return resultat;
    }

    private static void lireComptes(Element parent, SequencedMap<String, Article> articles) {
        for (Element compte : enfants(parent, "Compte")) {
            Map<EmploiCompte, String> emplois = new EnumMap<>(EmploiCompte.class);
            for (EmploiCompte emploi : EmploiCompte.values()) {
                String chapitre = compte.getAttribute(emploi.name());
                if (!chapitre.isEmpty()) {
                    emplois.put(emploi, chapitre);
                }
            }
            if (!emplois.isEmpty() && !"1".equals(compte.getAttribute("Supprime"))) {
                String code = compte.getAttribute("Code");
                ajouter(articles, code, new Article(code, libelle(compte), emplois));
            }
            lireComptes(compte, articles);
        }
    }

    private static void lireFonctions(Element parent, String codeParent, int niveau,
            SequencedMap<String, Fonction> fonctions) {
        for (Element refFonc : enfants(parent, "RefFonc")) {
            String code = refFonc.getAttribute("Code");
            ajouter(fonctions, code, new Fonction(code, libelle(refFonc), codeParent, niveau));
            lireFonctions(refFonc, code, niveau + 1, fonctions);
        }
    }

    private static <T> void ajouter(Map<String, T> cible, String code, T valeur) {
        if (cible.putIfAbsent(code, valeur) != null) {
            throw new DonneeInvalideException("Plan de comptes incohérent : le code " + code + " apparaît deux fois.");
        }
    }

    private static String libelle(Element element) {
        return element.getAttribute("Libelle").replace('\u0092', '\u2019').replace('\u0096', '\u2013');
    }

    private static Element enfant(Element parent, String nom) {
        List<Element> liste = enfants(parent, nom);
        if (liste.size() != 1) {
            throw new DonneeInvalideException("Plan de comptes incomplet : élément « " + nom + " » absent ou répété sous « "
                    + parent.getTagName() + " ».");
        }
        return liste.get(0);
    }

    private static List<Element> enfants(Element parent, String nom) {
        List<Element> resultat = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(nom)) {
                resultat.add(element);
            }
        }
        return resultat;
    }

    private static DocumentBuilder parseur() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Parseur XML du JDK indisponible", e);
        }
    }
}
