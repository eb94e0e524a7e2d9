package fr.mutualis.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;

import fr.mutualis.core.api.FormatMontant;

/**
 * A {@link Liste} printed as it is shown (filtered, sorted, with its totals) with SWT printing, to a PDF file through
 * the desktop's "Print to File" printer (GTK's file backend writes PDF). The core's PDF layout (PDFBox) lives in a
 * server bundle the client must not depend on, and a second PDF library in the client for lists would duplicate it:
 * SWT draws the list with the fonts the user sees, on A4 landscape, the columns in the table's proportions, the
 * header repeated on each page and "page n / N" at the foot.
 */
public final class ImpressionListe {

    private static final DateTimeFormatter EDITION = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH:mm");

    private ImpressionListe() {
    }

    /** Prints the list to this PDF file (replaced if it exists); returns a French message when it could not, or null. */
    public static String versPdf(Liste<?> liste, Path fichier) {
        PrinterData donnees = null;
        for (PrinterData p : Printer.getPrinterList()) {
            if (p.driver != null && p.driver.contains("File")) {
                donnees = p;
            }
        }
        if (donnees == null) {
            return "Ce poste n'offre pas l'impression dans un fichier (PDF) : exportez la liste en CSV.";
        }
        donnees.printToFile = true;
        donnees.fileName = fichier.toAbsolutePath().toString();
        donnees.orientation = PrinterData.LANDSCAPE;
        try {
            Printer imprimante = new Printer(donnees);
            try {
                if (!imprimer(imprimante, liste)) {
                    return "L'impression de la liste dans « " + fichier + " » n'a pas pu commencer.";
                }
            } finally {
                imprimante.dispose();
            }
            return attendreLaFin(fichier) ? null : "L'impression de la liste dans « " + fichier + " » ne s'est pas "
                    + "terminée : vérifiez le dossier choisi (droits d'écriture, place libre).";
        } catch (SWTException | org.eclipse.swt.SWTError e) {
            return "L'impression de la liste dans « " + fichier + " » a échoué : " + e.getMessage() + ".";
        }
    }

    /**
     * GTK writes the file of a print job in the background, from the event loop: the events are run until the PDF
     * ends with its end-of-file marker (at most 30 seconds).
     */
    private static boolean attendreLaFin(Path fichier) {
        Display affichage = Display.getCurrent();
        long limite = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < limite) {
            if (termine(fichier)) {
                return true;
            }
            if (affichage == null || !affichage.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return termine(fichier);
    }

    private static boolean termine(Path fichier) {
        try {
            if (!Files.isRegularFile(fichier) || Files.size(fichier) < 8) {
                return false;
            }
            byte[] octets = Files.readAllBytes(fichier);
            String fin = new String(octets, Math.max(0, octets.length - 64), Math.min(64, octets.length),
                    StandardCharsets.ISO_8859_1);
            return fin.contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean imprimer(Printer imprimante, Liste<?> liste) {
        if (!imprimante.startJob(liste.titre())) {
            return false;
        }
        Rectangle zone = imprimante.getClientArea();
        Point dpi = imprimante.getDPI();
        int marge = dpi.x * 2 / 3;
        int gauche = zone.x + marge;
        int largeur = zone.width - 2 * marge;
        int haut = zone.y + marge;
        int bas = zone.y + zone.height - marge;
        Table table = liste.viewer().getTable();
        List<String> titres = liste.titres();
        int[] largeurs = new int[titres.size()];
        int totalLargeurs = 0;
        for (int i = 0; i < largeurs.length; i++) {
            largeurs[i] = Math.max(table.getColumn(i).getWidth(), 20);
            totalLargeurs += largeurs[i];
        }
        for (int i = 0; i < largeurs.length; i++) {
            largeurs[i] = largeurs[i] * largeur / totalLargeurs;
        }
        List<List<Object>> lignes = liste.cellules();
        FontData base = table.getFont().getFontData()[0];
        Font normale = new Font(imprimante, base.getName(), 9, SWT.NORMAL);
        Font grasse = new Font(imprimante, base.getName(), 9, SWT.BOLD);
        Font titre = new Font(imprimante, base.getName(), 13, SWT.BOLD);
        GC gc = new GC(imprimante);
        try {
            gc.setFont(normale);
            int hauteurLigne = gc.getFontMetrics().getHeight() * 13 / 10;
            gc.setFont(titre);
            int enTete = gc.getFontMetrics().getHeight() * 2 + hauteurLigne * 2;
            int parPage = Math.max(1, (bas - haut - enTete - hauteurLigne * 3) / hauteurLigne);
            int pages = Math.max(1, (lignes.size() + parPage - 1) / parPage);
            String edition = "Édité le " + EDITION.format(LocalDateTime.now());
            for (int page = 0; page < pages; page++) {
                imprimante.startPage();
                int y = haut;
                gc.setFont(titre);
                gc.drawString(liste.titre(), gauche, y, true);
                y += gc.getFontMetrics().getHeight() * 2;
                gc.setFont(normale);
                gc.drawString(edition, gauche, y, true);
                y += hauteurLigne * 2;
                gc.setFont(grasse);
                y = ligne(gc, titres.stream().map(t -> (Object) t).toList(), largeurs, gauche, y, hauteurLigne,
                        true);
                gc.drawLine(gauche, y, gauche + largeur, y);
                gc.setFont(normale);
                for (List<Object> l : lignes.subList(page * parPage, Math.min(lignes.size(), (page + 1) * parPage))) {
                    y = ligne(gc, l, largeurs, gauche, y, hauteurLigne, false);
                }
                if (page == pages - 1) {
                    gc.drawLine(gauche, y, gauche + largeur, y);
                    gc.setFont(grasse);
                    gc.drawString(liste.totaux(), gauche, y + hauteurLigne / 3, true);
                    gc.setFont(normale);
                }
                String pied = "page " + (page + 1) + " / " + pages;
                gc.drawString(pied, gauche + largeur - gc.textExtent(pied).x, bas - hauteurLigne, true);
                imprimante.endPage();
            }
        } finally {
            gc.dispose();
            normale.dispose();
            grasse.dispose();
            titre.dispose();
        }
        imprimante.endJob();
        return true;
    }

    /** One line of cells, each cut to its column; amounts right-aligned. Returns the y of the next line. */
    private static int ligne(GC gc, List<Object> cellules, int[] largeurs, int gauche, int y, int hauteur,
            boolean entete) {
        int x = gauche;
        int blanc = gc.textExtent("  ").x;
        for (int i = 0; i < largeurs.length; i++) {
            Object valeur = cellules.get(i);
            String texte = valeur instanceof BigDecimal montant ? FormatMontant.euros(montant)
                    : valeur == null ? "" : valeur.toString();
            texte = couper(gc, texte, largeurs[i] - blanc);
            int decalage = valeur instanceof BigDecimal && !entete ? largeurs[i] - blanc - gc.textExtent(texte).x : 0;
            gc.drawString(texte, x + decalage, y, true);
            x += largeurs[i];
        }
        return y + hauteur;
    }

    private static String couper(GC gc, String texte, int largeur) {
        if (gc.textExtent(texte).x <= largeur) {
            return texte;
        }
        StringBuilder court = new StringBuilder();
        for (char c : texte.toCharArray()) {
            if (gc.textExtent(court + String.valueOf(c) + "…").x > largeur) {
                break;
            }
            court.append(c);
        }
        return court + "…";
    }
}
