package fr.mutualis.budget.ui.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.client.Widgets;

/**
 * Horizontal bars drawn with SWT GC, one per chapter of a direction: the grey bar is the credits opened (scaled to the
 * largest chapter), the blue part what is mandated (or titled), red when beyond the credits; the rate is written at
 * the end of the bar.
 */
final class GraphiqueExecution {

    private static final int HAUTEUR_BARRE = 18;
    private static final int MARGE = 8;
    private static final int LEGENDE = 56;

    private final Canvas canvas;
    private List<LigneExecution> lignes = List.of();
    private Sens sens = Sens.DEPENSE;
    private String erreur;

    GraphiqueExecution(Composite parent, String id) {
        canvas = Widgets.id(new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED), id);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> dessiner(e.gc, canvas.getClientArea()));
    }

    Canvas canvas() {
        return canvas;
    }

    /** Shows the chapters of one direction that have credits or execution. */
    void afficher(List<LigneExecution> toutes, Sens direction) {
        this.erreur = null;
        this.sens = direction;
        this.lignes = toutes.stream().filter(l -> l.sens() == direction
                && (l.creditsOuverts().signum() > 0 || l.realise().signum() > 0)).toList();
        canvas.redraw();
    }

    /** Shows that the report could not be loaded, rather than an empty chart that would read as "no credits". */
    void erreur(String message) {
        this.lignes = List.of();
        this.erreur = message;
        canvas.redraw();
    }

    private void dessiner(GC gc, Rectangle zone) {
        Color gris = canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY);
        Color bleu = canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
        Color rouge = canvas.getDisplay().getSystemColor(SWT.COLOR_RED);
        Color noir = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        gc.setForeground(noir);
        gc.drawText((sens == Sens.DEPENSE ? "Dépenses : mandaté" : "Recettes : titré") + " / crédits ouverts, par "
                + "chapitre", MARGE, MARGE, true);
        if (erreur != null) {
            gc.setForeground(rouge);
            gc.drawText("Exécution indisponible : " + erreur, MARGE, MARGE + 24, true);
            return;
        }
        if (lignes.isEmpty()) {
            gc.drawText("Aucun crédit ouvert pour cet exercice.", MARGE, MARGE + 24, true);
            return;
        }
        BigDecimal maximum = lignes.stream().map(l -> l.creditsOuverts().max(l.realise())).reduce(BigDecimal.ONE,
                BigDecimal::max);
        int largeurUtile = Math.max(zone.width - LEGENDE - 3 * MARGE - 60, 40);
        int y = MARGE + 26;
        for (LigneExecution ligne : lignes) {
            gc.setForeground(noir);
            gc.drawText(ligne.section().code() + " " + ligne.chapitre(), MARGE, y + 1, true);
            int x = MARGE + LEGENDE;
            int ouverts = largeur(ligne.creditsOuverts(), maximum, largeurUtile);
            int realise = largeur(ligne.realise(), maximum, largeurUtile);
            gc.setBackground(gris);
            gc.fillRectangle(x, y, Math.max(ouverts, 1), HAUTEUR_BARRE);
            gc.setBackground(ligne.realise().compareTo(ligne.creditsOuverts()) > 0 ? rouge : bleu);
            gc.fillRectangle(x, y + 4, realise, HAUTEUR_BARRE - 8);
            String taux = ligne.creditsOuverts().signum() == 0 ? "—"
                    : ligne.realise().multiply(BigDecimal.valueOf(100))
                            .divide(ligne.creditsOuverts(), 0, RoundingMode.HALF_UP) + " %";
            Point texte = gc.textExtent(taux);
            gc.setForeground(noir);
            gc.drawText(taux, x + Math.max(ouverts, realise) + MARGE, y + (HAUTEUR_BARRE - texte.y) / 2, true);
            y += HAUTEUR_BARRE + 6;
        }
    }

    private static int largeur(BigDecimal montant, BigDecimal maximum, int largeurUtile) {
        return montant.signum() <= 0 ? 0
                : montant.multiply(BigDecimal.valueOf(largeurUtile)).divide(maximum, 0, RoundingMode.HALF_UP).intValue();
    }
}
