package org.researchml.core.datasets;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closes a download's body stream when no bytes arrive for the idle timeout.
 *
 * <p>{@code java.net.http.HttpClient} has no read timeout for a response body, so a server that stops
 * sending without closing the connection would block the reader forever. Closing the stream makes the
 * blocked read throw an {@link java.io.IOException}.
 */
final class StallWatchdog implements AutoCloseable {

    private final AtomicLong lastActivityNanos = new AtomicLong(System.nanoTime());
    private final AtomicBoolean stalled = new AtomicBoolean();
    private final ScheduledExecutorService timer;

    StallWatchdog(Duration idleTimeout, Closeable body) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "download-stall-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long timeoutNanos = idleTimeout.toNanos();
        long periodMillis = Math.max(10, Math.min(1000, idleTimeout.toMillis() / 4));
        timer.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastActivityNanos.get() > timeoutNanos && stalled.compareAndSet(false, true)) {
                closeQuietly(body);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    private static void closeQuietly(Closeable body) {
        try {
            body.close();
        } catch (IOException e) {
            // The stream is abandoned anyway, and the reader reports the stall.
        }
    }

    /** Records that bytes arrived. */
    void touch() {
        lastActivityNanos.set(System.nanoTime());
    }

    /** Returns whether the watchdog closed the stream because it stalled. */
    boolean hasStalled() {
        return stalled.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
