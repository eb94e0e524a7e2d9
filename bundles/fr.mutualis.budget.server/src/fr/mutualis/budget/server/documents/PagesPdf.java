package fr.mutualis.budget.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A4 pages of text with PDFBox: wrapped paragraphs, table rows with fixed column widths (cells cut with "…" when too
 * long), a new page when the current one is full, and "page n / m" footers. Standard Helvetica (WinAnsi covers French
 * and €); a character it cannot encode is printed as "?".
 */
final class PagesPdf {

    private static final float MARGE = 40;
    private static final float PIED = 28;

    private final PDDocument document = new PDDocument();
    private final PDFont normale = new PDType1Font(FontName.HELVETICA);
    private final PDFont grasse = new PDType1Font(FontName.HELVETICA_BOLD);
    private final PDRectangle format = PDRectangle.A4;
    private final String pied;
    private PDPageContentStream contenu;
    private float y;

    PagesPdf(String titre, String pied) {
        this.pied = pied;
        document.getDocumentInformation().setTitle(titre);
        document.getDocumentInformation().setCreator("Mutualis");
        document.getDocumentInformation().setCreationDate(Calendar.getInstance());
        nouvellePage();
    }

    float largeur() {
        return format.getWidth() - 2 * MARGE;
    }

    void titre(String texte) {
        for (String ligne : couper(texte, grasse, 13, largeur())) {
            ecrire(ligne, grasse, 13, MARGE + (largeur() - largeurTexte(ligne, grasse, 13)) / 2);
        }
        espace(6);
    }

    void paragraphe(String texte) {
        paragraphe(texte, normale, 9.5f);
    }

    void gras(String texte) {
        paragraphe(texte, grasse, 9.5f);
    }

    void espace(float hauteur) {
        y -= hauteur;
    }

    /** A table row; {@code largeurs} sum to at most {@link #largeur()}; {@code aDroite} marks right-aligned cells. */
    void ligneTableau(String[] cellules, float[] largeurs, boolean[] aDroite, boolean entete) {
        PDFont police = entete ? grasse : normale;
        float taille = 8.5f;
        place(taille * 1.5f);
        float x = MARGE;
        for (int i = 0; i < cellules.length; i++) {
            String texte = tronquer(lisible(cellules[i] == null ? "" : cellules[i], police), police, taille,
                    largeurs[i] - 4);
            float decalage = aDroite[i] ? largeurs[i] - 4 - largeurTexte(texte, police, taille) : 0;
            texte(texte, police, taille, x + decalage, y);
            x += largeurs[i];
        }
        if (entete) {
            trait(y - 3);
        }
    }

    void trait() {
        place(4);
        trait(y);
    }

    private void paragraphe(String texte, PDFont police, float taille) {
        for (String ligne : couper(texte, police, taille, largeur())) {
            ecrire(ligne, police, taille, MARGE);
        }
    }

    private void ecrire(String ligne, PDFont police, float taille, float x) {
        place(taille * 1.4f);
        texte(ligne, police, taille, x, y);
    }

    /** Moves down by {@code hauteur}, on a new page when the current one has no room left. */
    private void place(float hauteur) {
        if (y - hauteur < MARGE + PIED) {
            nouvellePage();
        }
        y -= hauteur;
    }

    private void nouvellePage() {
        try {
            if (contenu != null) {
                contenu.close();
            }
            PDPage page = new PDPage(format);
            document.addPage(page);
            contenu = new PDPageContentStream(document, page);
            y = format.getHeight() - MARGE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void texte(String texte, PDFont police, float taille, float x, float yTexte) {
        try {
            contenu.beginText();
            contenu.setFont(police, taille);
            contenu.newLineAtOffset(x, yTexte);
            contenu.showText(lisible(texte, police));
            contenu.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void trait(float yTrait) {
        try {
            contenu.setLineWidth(0.5f);
            contenu.moveTo(MARGE, yTrait);
            contenu.lineTo(MARGE + largeur(), yTrait);
            contenu.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] terminer() {
        try {
            contenu.close();
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream bas = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    contenu = bas;
                    String texte = pied + " — page " + (i + 1) + " / " + total;
                    texte(texte, normale, 7.5f, MARGE, MARGE - 10);
                }
            }
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            document.save(sortie);
            document.close();
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> couper(String texte, PDFont police, float taille, float largeurMax) {
        List<String> lignes = new ArrayList<>();
        for (String paragraphe : lisible(texte, police).split("\n")) {
            StringBuilder ligne = new StringBuilder();
            for (String mot : paragraphe.split(" ")) {
                String essai = ligne.isEmpty() ? mot : ligne + " " + mot;
                if (!ligne.isEmpty() && largeurTexte(essai, police, taille) > largeurMax) {
                    lignes.add(ligne.toString());
                    ligne = new StringBuilder(mot);
                } else {
                    ligne = new StringBuilder(essai);
                }
            }
            lignes.add(ligne.toString());
        }
        return lignes;
    }

    private String tronquer(String texte, PDFont police, float taille, float largeurMax) {
        if (largeurTexte(texte, police, taille) <= largeurMax) {
            return texte;
        }
        String court = texte;
        while (!court.isEmpty() && largeurTexte(court + "…", police, taille) > largeurMax) {
            court = court.substring(0, court.length() - 1);
        }
        return court + "…";
    }

    private static float largeurTexte(String texte, PDFont police, float taille) {
        try {
            return police.getStringWidth(texte) / 1000 * taille;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces what the font cannot encode (narrow spaces become spaces, anything else "?"). */
    private static String lisible(String texte, PDFont police) {
        StringBuilder resultat = new StringBuilder(texte.length());
        for (char c : texte.replace('\u202F', ' ').replace('\u00A0', ' ').toCharArray()) {
            try {
                police.encode(String.valueOf(c));
                resultat.append(c);
            } catch (IllegalArgumentException | IOException e) {
                resultat.append('?');
            }
        }
        return resultat.toString();
    }
}
