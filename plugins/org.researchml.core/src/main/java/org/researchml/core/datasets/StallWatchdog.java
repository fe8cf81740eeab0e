package org.researchml.core.datasets;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Interrupts the thread that reads a download when no bytes arrive for the idle timeout.
 *
 * <p>{@code java.net.http.HttpClient} has no read timeout for a response body, so a server that stops
 * sending without closing the connection would block the reader forever. The interrupt makes the blocked
 * read throw an {@link java.io.IOException}.
 */
final class StallWatchdog implements AutoCloseable {

    private final Thread reader = Thread.currentThread();
    private final AtomicLong lastActivityNanos = new AtomicLong(System.nanoTime());
    private final AtomicBoolean stalled = new AtomicBoolean();
    private final ScheduledExecutorService timer;

    StallWatchdog(Duration idleTimeout) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "download-stall-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long timeoutNanos = idleTimeout.toNanos();
        long periodMillis = Math.max(10, Math.min(1000, idleTimeout.toMillis() / 4));
        timer.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastActivityNanos.get() > timeoutNanos && stalled.compareAndSet(false, true)) {
                reader.interrupt();
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Records that bytes arrived. */
    void touch() {
        lastActivityNanos.set(System.nanoTime());
    }

    /** Returns whether the watchdog interrupted the reader. */
    boolean hasStalled() {
        return stalled.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (stalled.get()) {
            // Clear the interrupt this watchdog caused, so it does not leak into the caller's later work.
            Thread.interrupted();
        }
    }
}
