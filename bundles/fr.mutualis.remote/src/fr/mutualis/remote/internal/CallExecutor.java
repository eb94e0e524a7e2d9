package fr.mutualis.remote.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.concurrent.future.IExecutor;
import org.eclipse.equinox.concurrent.future.IFuture;
import org.eclipse.equinox.concurrent.future.IProgressRunnable;
import org.eclipse.equinox.concurrent.future.SingleOperationFuture;

import fr.mutualis.core.server.config.ServerConfig;

/**
 * Runs the remote calls on a bounded pool of threads instead of ECF's default, one Eclipse Job scheduled per call
 * (the job manager's global lock and bookkeeping cost more than a cheap read). At most {@code threads} calls run at
 * once and {@code queue} more wait; beyond that {@link #execute} throws
 * {@link java.util.concurrent.RejectedExecutionException} and the registry answers the caller that the server is busy.
 */
final class CallExecutor implements IExecutor, AutoCloseable {

    private final ThreadPoolExecutor pool;

    /**
     * From {@code mutualis.properties}: {@code remote.calls.threads} (16: calls wait mostly on the database, a few
     * per core keep both busy) and {@code remote.calls.queued} (512).
     */
    static CallExecutor from(ServerConfig config) {
        int threads = config.getInt("remote.calls.threads", 16);
        int queued = config.getInt("remote.calls.queued", 512);
        if (threads <= 0 || queued <= 0) {
            throw new IllegalStateException("remote.calls.threads and remote.calls.queued must be positive numbers, not "
                    + threads + " and " + queued);
        }
        return new CallExecutor(threads, queued);
    }

    CallExecutor(int threads, int queue) {
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                task -> {
                    Thread t = new Thread(task, "mutualis-call-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> IFuture<T> execute(IProgressRunnable<? extends T> runnable, IProgressMonitor monitor) {
        SingleOperationFuture<T> future = new SingleOperationFuture<>(monitor);
        pool.execute(() -> future.runWithProgress(runnable));
        return future;
    }

    /** Calls running or waiting, for tests and logs. */
    int pending() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    /** Lets running calls finish (a few seconds at most), refuses new ones. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }
}
