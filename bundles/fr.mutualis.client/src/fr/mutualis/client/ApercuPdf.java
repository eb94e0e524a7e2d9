package fr.mutualis.client;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import fr.mutualis.core.api.MutualisException;

/**
 * Shows a PDF produced by the server (a bordereau, a payslip) inside the client, page under page, so a preview does
 * not depend on a PDF viewer being installed: the pages are rendered to images with PDFBox, off the UI thread by
 * {@link #pages(byte[])}, then shown by {@link #ouvrir}.
 */
public final class ApercuPdf extends Dialog {

    /** Widget ids, for UI tests. */
    public static final String DIALOG_ID = "apercu.dialog";
    public static final String PAGES_ID = "apercu.pages";
    public static final String FERMER_ID = "apercu.fermer";

    /** 96 dpi: an A4 page 794 pixels wide, readable at 1280x800 without zooming. */
    private static final float DPI = 96f;

    private final String titre;
    private final List<ImageData> pages;
    private final List<Image> images = new ArrayList<>();

    private ApercuPdf(Shell parent, String titre, List<ImageData> pages) {
        super(parent);
        this.titre = titre;
        this.pages = pages;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    /** Renders every page of the PDF; may run outside the UI thread. */
    public static List<ImageData> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer rendu = new PDFRenderer(document);
            List<ImageData> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(imageData(rendu.renderImageWithDPI(i, DPI, ImageType.RGB)));
            }
            return pages;
        } catch (IOException e) {
            throw new MutualisException("Aperçu impossible : le PDF reçu du serveur est illisible ("
                    + e.getMessage() + ").");
        }
    }

    /** Shows the pages in a modal window titled {@code titre}; returns when the user closes it. */
    public static void ouvrir(Shell parent, String titre, List<ImageData> pages) {
        new ApercuPdf(parent, titre, pages).open();
    }

    static ImageData imageData(BufferedImage image) {
        int largeur = image.getWidth();
        int hauteur = image.getHeight();
        ImageData data = new ImageData(largeur, hauteur, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] ligne = new int[largeur];
        for (int y = 0; y < hauteur; y++) {
            image.getRGB(0, y, largeur, 1, ligne, 0, largeur);
            for (int x = 0; x < largeur; x++) {
                ligne[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, largeur, ligne, 0);
        }
        return data;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(titre);
        Widgets.id(shell, DIALOG_ID);
        shell.addListener(SWT.Dispose, e -> images.forEach(Image::dispose));
    }

    @Override
    protected Point getInitialSize() {
        org.eclipse.swt.graphics.Rectangle ecran = getShell().getDisplay().getPrimaryMonitor().getClientArea();
        return new Point(Math.min(880, ecran.width - 40), Math.min(760, ecran.height - 40));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite zone = (Composite) super.createDialogArea(parent);
        Label resume = new Label(zone, SWT.NONE);
        resume.setText(pages.size() + " page(s) — faites défiler pour les voir toutes.");
        ScrolledComposite defilement = Widgets.id(new ScrolledComposite(zone, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER),
                PAGES_ID);
        defilement.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite feuilles = new Composite(defilement, SWT.NONE);
        feuilles.setLayout(new GridLayout(1, false));
        feuilles.setBackground(zone.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (ImageData page : pages) {
            Image image = new Image(zone.getDisplay(), page);
            images.add(image);
            Label feuille = new Label(feuilles, SWT.NONE);
            feuille.setImage(image);
            feuille.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
        }
        defilement.setContent(feuilles);
        defilement.setExpandHorizontal(true);
        defilement.setExpandVertical(true);
        defilement.setMinSize(feuilles.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        defilement.getVerticalBar().setIncrement(40);
        return zone;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.CLOSE_ID, "Fermer", true), FERMER_ID);
    }

    @Override
    protected void buttonPressed(int id) {
        close();
    }
}
