package fr.mutualis.client;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Widget;

/** Small helpers for the widgets of Mutualis parts. */
public final class Widgets {

    private Widgets() {
    }

    /** Names a widget so tests (and assistive tools) can find it; returns it for chaining. */
    public static <W extends Widget> W id(W widget, String id) {
        widget.setData(ClientIds.WIDGET_ID, id);
        return widget;
    }

    /**
     * Makes a part's content scroll when the window is smaller than the form (1280x800 screens): returns the
     * composite to build the form in. The scrolling area follows the form's size whenever it is laid out again.
     */
    public static Composite defilant(Composite parent) {
        ScrolledComposite defilement = defilement(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite contenu = (Composite) defilement.getContent();
        Runnable ajuster = () -> {
            if (!contenu.isDisposed()) {
                defilement.setMinSize(contenu.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            }
        };
        defilement.addListener(SWT.Resize, e -> ajuster.run());
        contenu.addListener(SWT.Paint, e -> {
            Point voulu = contenu.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            if (!voulu.equals(new Point(defilement.getMinWidth(), defilement.getMinHeight()))) {
                defilement.setMinSize(voulu);
            }
        });
        parent.getDisplay().asyncExec(ajuster);
        return contenu;
    }

    /**
     * Like {@link #defilant}, but the content always takes the part's width (lists and forms fill it) and only
     * scrolls up and down: for a part whose tables must keep a number of rows visible at 1280x800.
     */
    public static Composite defilantEnHauteur(Composite parent) {
        ScrolledComposite defilement = defilement(parent, SWT.V_SCROLL);
        Composite contenu = (Composite) defilement.getContent();
        Runnable ajuster = () -> {
            if (!contenu.isDisposed()) {
                int hauteur = contenu.computeSize(defilement.getClientArea().width, SWT.DEFAULT).y;
                if (hauteur != defilement.getMinHeight()) {
                    defilement.setMinSize(0, hauteur);
                }
            }
        };
        // on resize only: recomputing on every paint looped (the scroll bar's width changing the height) and
        // starved the UI thread of input
        defilement.addListener(SWT.Resize, e -> ajuster.run());
        parent.getDisplay().asyncExec(ajuster);
        return contenu;
    }

    /** A scrolling area filling {@code parent}, its content an empty composite to build the part in. */
    private static ScrolledComposite defilement(Composite parent, int barres) {
        parent.setLayout(new FillLayout());
        ScrolledComposite defilement = new ScrolledComposite(parent, barres);
        defilement.setExpandHorizontal(true);
        defilement.setExpandVertical(true);
        defilement.setContent(new Composite(defilement, SWT.NONE));
        return defilement;
    }
}
