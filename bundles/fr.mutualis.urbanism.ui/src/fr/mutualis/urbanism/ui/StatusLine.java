package fr.mutualis.urbanism.ui;

/** Where a part tells the user, in French, how an action went. */
@FunctionalInterface
public interface StatusLine {

    void show(String text, boolean error);
}
