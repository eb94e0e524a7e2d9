package fr.mutualis.budget.server.pes;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Iterator;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses a produced PES with the JDK parser and reads it by XPath, prefix {@code n} bound to the PES namespace. */
final class LecturePes {

    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    LecturePes(byte[] pes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(pes));
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "n".equals(prefix) ? PesAllerWriter.NAMESPACE : null;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    Document document() {
        return document;
    }

    /** The {@code V} attribute of the single element at {@code chemin} (relative to {@code contexte}). */
    String v(Object contexte, String chemin) throws XPathExpressionException {
        NodeList noeuds = noeuds(contexte, chemin);
        if (noeuds.getLength() != 1) {
            throw new AssertionError(noeuds.getLength() + " éléments pour " + chemin);
        }
        return ((Element) noeuds.item(0)).getAttribute("V");
    }

    String v(String chemin) throws XPathExpressionException {
        return v(document, chemin);
    }

    BigDecimal montant(Object contexte, String chemin) throws XPathExpressionException {
        String valeur = v(contexte, chemin);
        if (!valeur.matches("\\d{1,12}\\.\\d{2}")) {
            throw new AssertionError("montant mal formé : " + valeur);
        }
        return new BigDecimal(valeur);
    }

    /** Sum of the {@code V} amounts of every element matching {@code chemin}. */
    BigDecimal somme(Object contexte, String chemin) throws XPathExpressionException {
        NodeList noeuds = noeuds(contexte, chemin);
        BigDecimal somme = BigDecimal.ZERO;
        for (int i = 0; i < noeuds.getLength(); i++) {
            somme = somme.add(new BigDecimal(((Element) noeuds.item(i)).getAttribute("V")));
        }
        return somme;
    }

    int compter(Object contexte, String chemin) throws XPathExpressionException {
        return noeuds(contexte, chemin).getLength();
    }

    int compter(String chemin) throws XPathExpressionException {
        return compter(document, chemin);
    }

    Node noeud(String chemin) throws XPathExpressionException {
        return (Node) xpath.evaluate(chemin, document, XPathConstants.NODE);
    }

    NodeList noeuds(Object contexte, String chemin) throws XPathExpressionException {
        return (NodeList) xpath.evaluate(chemin, contexte, XPathConstants.NODESET);
    }
}
