package org.movecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.movecard.Movecard;

/** The render workers: one Movecard per worker, and 503 rather than an unbounded queue. */
class RenderPoolTest {
    @Test
    void workBeyondTheQueueIsRefusedWith503() throws Exception {
        try (RenderPool pool = new RenderPool(1, 1)) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> pool.run(mc -> {
                started.countDown();
                await(release);
                return "first";
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> pool.run(mc -> "second"));
            while (pool.waiting() < 1) {
                Thread.onSpinWait();
            }
            assertThatThrownBy(() -> pool.run(mc -> "third"))
                    .isInstanceOfSatisfying(ApiError.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.getMessage()).contains("busy");
                    });
            release.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        }
    }

    @Test
    void eachWorkerKeepsItsOwnMovecard() {
        Set<Movecard> seen = ConcurrentHashMap.newKeySet();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        try (RenderPool pool = new RenderPool(2, 64)) {
            CompletableFuture<?>[] jobs = new CompletableFuture<?>[20];
            for (int i = 0; i < jobs.length; i++) {
                jobs[i] = CompletableFuture.runAsync(() -> pool.run(mc -> {
                    seen.add(mc);
                    threads.add(Thread.currentThread());
                    return null;
                }));
            }
            CompletableFuture.allOf(jobs).join();
        }
        assertThat(seen).hasSameSizeAs(threads).hasSizeLessThanOrEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
