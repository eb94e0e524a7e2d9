package fr.mutualis.payroll.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An A4 document written from top to bottom: titles, text, labelled values and tables whose first column wraps,
 * with a new page whenever the current one is full. Text uses the standard Helvetica fonts (WinAnsi: French
 * accents, €, dashes); a character they lack is written without its accent, or as "?".
 */
final class DocumentPdf implements AutoCloseable {

    static final float MARGE = 40;
    static final float LARGEUR_UTILE = PDRectangle.A4.getWidth() - 2 * MARGE;

    private final PDDocument document = new PDDocument();
    private final PDType1Font normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font gras = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font italique = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private PDPageContentStream page;
    private float y;

    /** Alignment of a table column. */
    enum Alignement {
        GAUCHE, DROITE
    }

    /** A table column: width in points and alignment. */
    record Colonne(float largeur, Alignement alignement) {
    }

    DocumentPdf(String titre) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(titre);
        info.setProducer("Mutualis");
        document.setDocumentInformation(info);
        nouvellePage();
    }

    void titre(String texte) {
        place(22);
        ecrire(gras, 14, MARGE, y, texte);
        y -= 22;
    }

    void texte(String texte, float taille) {
        for (String ligne : couper(texte, normal, taille, LARGEUR_UTILE)) {
            place(taille + 4);
            ecrire(normal, taille, MARGE, y, ligne);
            y -= taille + 4;
        }
    }

    void mention(String texte) {
        for (String ligne : couper(texte, italique, 8, LARGEUR_UTILE)) {
            place(11);
            ecrire(italique, 8, MARGE, y, ligne);
            y -= 11;
        }
    }

    void espace(float hauteur) {
        y -= hauteur;
    }

    /** Two blocks of "label : value" lines side by side (e.g. employer and agent). */
    void blocs(List<String[]> gauche, List<String[]> droite) {
        int lignes = Math.max(gauche.size(), droite.size());
        float moitie = LARGEUR_UTILE / 2;
        for (int i = 0; i < lignes; i++) {
            place(12);
            if (i < gauche.size()) {
                champ(MARGE, gauche.get(i));
            }
            if (i < droite.size()) {
                champ(MARGE + moitie, droite.get(i));
            }
            y -= 12;
        }
    }

    private void champ(float x, String[] champ) {
        String libelle = champ[0] + " : ";
        ecrire(normal, 9, x, y, libelle);
        ecrire(gras, 9, x + largeur(normal, 9, libelle), y, champ[1]);
    }

    /** One table row; the first column wraps. {@code fond} greys the row (header, section). */
    void rangee(List<Colonne> colonnes, List<String> cellules, boolean enGras, boolean fond) {
        PDType1Font police = enGras ? gras : normal;
        float taille = 8;
        List<String> premiere = couper(cellules.get(0), police, taille, colonnes.get(0).largeur() - 4);
        float hauteur = premiere.size() * (taille + 3) + 3;
        place(hauteur);
        try {
            if (fond) {
                page.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                page.addRect(MARGE, y - hauteur + taille + 2, LARGEUR_UTILE, hauteur);
                page.fill();
                page.setNonStrokingColor(0f, 0f, 0f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = MARGE;
        for (int i = 0; i < colonnes.size(); i++) {
            Colonne colonne = colonnes.get(i);
            if (i == 0) {
                for (int l = 0; l < premiere.size(); l++) {
                    ecrire(police, taille, x + 2, y - l * (taille + 3), premiere.get(l));
                }
            } else {
                String cellule = cellules.get(i);
                float dx = colonne.alignement() == Alignement.DROITE
                        ? colonne.largeur() - 2 - largeur(police, taille, cellule) : 2;
                ecrire(police, taille, x + dx, y, cellule);
            }
            x += colonne.largeur();
        }
        y -= hauteur;
    }

    byte[] terminer() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page when less than {@code hauteur} is left on this one. */
    private void place(float hauteur) {
        if (y - hauteur < MARGE) {
            nouvellePage();
        }
    }

    private void nouvellePage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage nouvelle = new PDPage(PDRectangle.A4);
            document.addPage(nouvelle);
            page = new PDPageContentStream(document, nouvelle);
            y = PDRectangle.A4.getHeight() - MARGE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ecrire(PDType1Font police, float taille, float x, float yTexte, String texte) {
        if (texte == null || texte.isEmpty()) {
            return;
        }
        try {
            page.beginText();
            page.setFont(police, taille);
            page.newLineAtOffset(x, yTexte);
            page.showText(encodable(police, texte));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float largeur(PDType1Font police, float taille, String texte) {
        try {
            return police.getStringWidth(encodable(police, texte)) / 1000 * taille;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words of {@code texte} in lines no wider than {@code largeur}. */
    private List<String> couper(String texte, PDType1Font police, float taille, float largeur) {
        List<String> lignes = new ArrayList<>();
        StringBuilder ligne = new StringBuilder();
        for (String mot : texte.split(" ")) {
            String essai = ligne.isEmpty() ? mot : ligne + " " + mot;
            if (!ligne.isEmpty() && largeur(police, taille, essai) > largeur) {
                lignes.add(ligne.toString());
                ligne = new StringBuilder(mot);
            } else {
                ligne = new StringBuilder(essai);
            }
        }
        lignes.add(ligne.toString());
        return lignes;
    }

    /** The text with every character the font cannot encode replaced by its unaccented form, or "?". */
    private static String encodable(PDType1Font police, String texte) {
        StringBuilder sb = new StringBuilder();
        texte.codePoints().forEach(point -> {
            String caractere = Character.toString(point == '\u202f' || point == '\u00a0' ? ' ' : point);
            if (encode(police, caractere)) {
                sb.append(caractere);
            } else {
                String sansAccent = Normalizer.normalize(caractere, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                sb.append(!sansAccent.isEmpty() && encode(police, sansAccent) ? sansAccent : "?");
            }
        });
        return sb.toString();
    }

    private static boolean encode(PDType1Font police, String caractere) {
        try {
            police.encode(caractere);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
