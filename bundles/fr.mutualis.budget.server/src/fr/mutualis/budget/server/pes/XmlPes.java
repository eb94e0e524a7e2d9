package fr.mutualis.budget.server.pes;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.w3c.dom.Element;

/**
 * PES element conventions: a block is an element with children only; a leaf carries its value in attribute {@code V}
 * ({@code <Exer V="2024"/>}); amounts have a dot and two decimals ({@code 1234.50}); dates are {@code yyyy-MM-dd}.
 * Elements below the root are in no namespace, as in the PES samples of Pastell and Noethys.
 */
final class XmlPes {

    private XmlPes() {
    }

    static Element bloc(Element parent, String nom) {
        Element element = parent.getOwnerDocument().createElementNS(null, nom);
        parent.appendChild(element);
        return element;
    }

    static Element feuille(Element parent, String nom, String valeur) {
        Element element = bloc(parent, nom);
        element.setAttribute("V", TexteLatin1.nettoyer(valeur));
        return element;
    }

    /** Writes the leaf only when the value is present. */
    static void feuilleFacultative(Element parent, String nom, String valeur) {
        if (valeur != null) {
            feuille(parent, nom, valeur);
        }
    }

    static String montant(BigDecimal montant) {
        return montant.setScale(2).toPlainString();
    }

    static String date(LocalDate date) {
        return date.toString();
    }
}
