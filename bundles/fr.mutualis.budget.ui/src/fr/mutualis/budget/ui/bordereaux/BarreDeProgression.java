package fr.mutualis.budget.ui.bordereaux;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/** Shows the progress a job reports in a progress bar and a label of the part (updated on the UI thread). */
final class BarreDeProgression extends NullProgressMonitor {

    private final Display display;
    private final ProgressBar barre;
    private final Label tache;
    private int fait;
    private String nom = "";

    BarreDeProgression(ProgressBar barre, Label tache) {
        this.display = barre.getDisplay();
        this.barre = barre;
        this.tache = tache;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        nom = name;
        fait = 0;
        mettreAJour(() -> {
            barre.setMaximum(Math.max(totalWork, 1));
            barre.setSelection(0);
            tache.setText(name);
        });
    }

    @Override
    public void subTask(String name) {
        mettreAJour(() -> tache.setText(nom + " — " + name));
    }

    @Override
    public void worked(int work) {
        fait += work;
        int valeur = fait;
        mettreAJour(() -> barre.setSelection(valeur));
    }

    @Override
    public void done() {
        mettreAJour(() -> barre.setSelection(barre.getMaximum()));
    }

    private void mettreAJour(Runnable travail) {
        display.asyncExec(() -> {
            if (!barre.isDisposed() && !tache.isDisposed()) {
                travail.run();
                tache.getParent().layout(true);
            }
        });
    }
}
