package fr.mutualis.client;

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
}
