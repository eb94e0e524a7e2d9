package fr.mutualis.payroll.ui.paie;

import java.time.YearMonth;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ProgressBar;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.payroll.api.BulletinResume;
import fr.mutualis.payroll.api.FormatFrancais;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;

/**
 * "Lancer la paie" as a background job: the server computes every payslip of the month in one call, then the job
 * loads the new payslips. Its three steps move the part's progress bar; the result or the French refusal comes back
 * on the UI thread.
 */
final class LancementPaie extends Job {

    static final int ETAPES = 3;

    private final PaieService service;
    private final CollectiviteId collectivite;
    private final YearMonth mois;
    private final ProgressBar barre;
    private final BiConsumer<PaieMois, List<BulletinResume>> resultat;
    private final Consumer<String> erreur;

    LancementPaie(PaieService service, CollectiviteId collectivite, YearMonth mois, ProgressBar barre,
            BiConsumer<PaieMois, List<BulletinResume>> resultat, Consumer<String> erreur) {
        super("Paie " + FormatFrancais.deMois(mois));
        this.service = service;
        this.collectivite = collectivite;
        this.mois = mois;
        this.barre = barre;
        this.resultat = resultat;
        this.erreur = erreur;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor etapes = SubMonitor.convert(monitor, getName(), ETAPES);
        Display display = barre.getDisplay();
        try {
            avancer(display, 1);
            etapes.subTask("Calcul des bulletins sur le serveur");
            PaieMois paie = service.lancerPaie(collectivite, mois);
            etapes.worked(1);
            avancer(display, 2);
            etapes.subTask("Chargement des bulletins");
            List<BulletinResume> bulletins = service.bulletins(collectivite, mois);
            etapes.worked(1);
            avancer(display, ETAPES);
            display.asyncExec(() -> resultat.accept(paie, bulletins));
            return Status.OK_STATUS;
        } catch (MutualisException e) {
            display.asyncExec(() -> erreur.accept(e.getMessage()));
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            String message = "Erreur inattendue : " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            display.asyncExec(() -> erreur.accept(message));
            return Status.error(message, e);
        } finally {
            etapes.done();
        }
    }

    private void avancer(Display display, int etape) {
        display.asyncExec(() -> {
            if (!barre.isDisposed()) {
                barre.setSelection(etape);
            }
        });
    }
}
