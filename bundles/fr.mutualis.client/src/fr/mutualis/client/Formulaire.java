package fr.mutualis.client;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * What the entry forms of the parts share for the keyboard and for their error line:
 * <ul>
 * <li>Enter in a field submits the form (as a click on its button, when it is enabled); Esc clears it;</li>
 * <li>the form is "touched" once the user has changed one of its fields or pressed its button: until then the
 * form shows no error (an empty form is not a mistake). Changes the part makes itself (filling the form from a
 * selection, emptying it after a success) are made inside {@link #remplir(Runnable)} and do not count.</li>
 * </ul>
 */
public final class Formulaire {

    private final Button soumettre;
    private final Runnable valider;
    private final Runnable effacer;
    private boolean touche;
    private boolean enRemplissage;

    /**
     * @param soumettre the button that submits the form
     * @param valider shows the form's state again (its error line, its button), e.g. once it is touched
     * @param effacer what Esc does: empties the form (inside {@link #remplir(Runnable)})
     */
    public Formulaire(Button soumettre, Runnable valider, Runnable effacer) {
        this.soumettre = soumettre;
        this.valider = valider;
        this.effacer = effacer;
        soumettre.addListener(SWT.Selection, e -> touche = true);
    }

    /** Fields typed in: a change by the user touches the form; Enter submits, Esc clears. */
    public Formulaire champs(Control... champs) {
        for (Control champ : champs) {
            suivre(champ);
            champ.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_RETURN) {
                    e.doit = false;
                    e.detail = SWT.TRAVERSE_NONE;
                    soumettre();
                } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
                    e.doit = false;
                    e.detail = SWT.TRAVERSE_NONE;
                    remplir(effacer);
                    touche = false;
                    valider.run();
                }
            });
        }
        return this;
    }

    /**
     * Fields whose change touches the form but which keep Enter and Esc for themselves (a field with a proposal
     * popup, where Enter accepts the proposal).
     */
    public Formulaire suivre(Control... champs) {
        for (Control champ : champs) {
            champ.addListener(champ instanceof Text ? SWT.Modify : SWT.Selection, e -> {
                if (!enRemplissage && !touche) {
                    touche = true;
                    valider.run();
                }
            });
        }
        return this;
    }

    /** Presses the submit button, as Enter does: only when it is enabled. */
    public void soumettre() {
        if (!soumettre.isDisposed() && soumettre.isEnabled()) {
            soumettre.notifyListeners(SWT.Selection, new Event());
        } else {
            touche = true;
            valider.run();
        }
    }

    /** Changes the form without counting as the user's: the listeners run, the form is not touched by them. */
    public void remplir(Runnable changement) {
        boolean avant = enRemplissage;
        enRemplissage = true;
        try {
            changement.run();
        } finally {
            enRemplissage = avant;
        }
    }

    /** The form is new again (emptied after a success, another collectivity): no error shown until it is touched. */
    public void oublier() {
        touche = false;
    }

    public boolean touche() {
        return touche;
    }

    /** The error to show: the problem once the form is touched, nothing before. */
    public String erreur(String probleme) {
        return probleme == null || !touche ? "" : probleme;
    }
}
