package fr.mutualis.client;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import fr.mutualis.core.api.MutualisException;

/**
 * Runs a remote call in a background {@link Job} (never on the UI thread) and hands its result, or its French error
 * message, back to the UI thread.
 */
public final class RemoteCall {

    private static volatile Consumer<MutualisException> echecs = e -> {
    };

    private RemoteCall() {
    }

    /**
     * Who hears of every failed call, on the UI thread (the session, which offers "Se reconnecter" when the
     * connection was lost). Set by the client application only.
     */
    public static void surEchec(Consumer<MutualisException> ecouteur) {
        echecs = ecouteur;
    }

    public static <T> Job run(String name, Supplier<T> call, Consumer<T> onResult, Consumer<String> onError) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Job job = Job.create(name, (IProgressMonitor monitor) -> {
            try {
                T result = call.get();
                display.asyncExec(() -> onResult.accept(result));
            } catch (MutualisException e) {
                display.asyncExec(() -> {
                    onError.accept(e.getMessage());
                    echecs.accept(e);
                });
            } catch (RuntimeException e) {
                String message = "Erreur inattendue : " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage());
                display.asyncExec(() -> onError.accept(message));
                return Status.error(message, e);
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }
}
