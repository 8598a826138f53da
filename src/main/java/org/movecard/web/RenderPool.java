package org.movecard.web;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.movecard.Movecard;

/**
 * The render workers: one per core, each with its own {@link Movecard} (which holds parsed fonts and
 * is not thread-safe), and a bounded queue in front of them. Work beyond the queue is refused with
 * 503 at once rather than piling up until memory runs out.
 */
final class RenderPool implements AutoCloseable {
    private final ThreadLocal<Movecard> movecard = ThreadLocal.withInitial(Movecard::new);
    private final ThreadPoolExecutor executor;

    RenderPool(int workers, int queue) {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue),
                job -> {
                    Thread t = new Thread(job, "movecard-render-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Runs {@code job} on a worker with that worker's Movecard and waits for its result. */
    <T> T run(Function<Movecard, T> job) {
        Future<T> future;
        try {
            future = executor.submit(() -> job.apply(movecard.get()));
        } catch (RejectedExecutionException e) {
            throw new ApiError(ApiError.BUSY, null, "the server is busy: too many documents are waiting",
                    "try again in a few seconds");
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiError(ApiError.BUSY, null, "the server is stopping", "try again when it is back");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Jobs waiting for a worker. */
    int waiting() {
        return executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
