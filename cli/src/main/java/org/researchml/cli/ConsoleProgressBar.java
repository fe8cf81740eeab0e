package org.researchml.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.researchml.core.progress.ProgressListener;

/**
 * Shows progress on the console.
 *
 * <p>On a terminal it redraws one line ({@code [#####-----]  50% message}) in place with a carriage
 * return, at most every 100 ms. When output goes to a file or CI log, it prints a plain line instead
 * whenever 10 percentage points more are done or 10 seconds have passed, so logs stay readable.
 * Call {@link #finish()} when the work ends.
 */
public final class ConsoleProgressBar implements ProgressListener {

    private static final int BAR_WIDTH = 30;
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final double LOG_STEP = 0.10;

    private final PrintStream out;
    private final boolean interactive;
    private final LongSupplier nanoTime;
    private volatile boolean canceled;
    private long lastDrawNanos;
    private double lastLoggedFraction = -1;
    private int lastLineLength;
    private boolean drawn;

    /**
     * Creates a bar.
     *
     * @param out stream to draw on, normally {@code System.err}
     * @param interactive whether {@code out} is a terminal that understands carriage returns
     * @param nanoTime clock in nanoseconds, {@code System::nanoTime} outside tests
     */
    public ConsoleProgressBar(PrintStream out, boolean interactive, LongSupplier nanoTime) {
        this.out = out;
        this.interactive = interactive;
        this.nanoTime = nanoTime;
        this.lastDrawNanos = nanoTime.getAsLong() - LOG_INTERVAL_NANOS;
    }

    /** Creates a bar on standard error that redraws in place only when a console is attached. */
    public static ConsoleProgressBar onStandardError() {
        return new ConsoleProgressBar(System.err, System.console() != null, System::nanoTime);
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        double clamped = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        long now = nanoTime.getAsLong();
        if (interactive) {
            if (now - lastDrawNanos >= REDRAW_NANOS || clamped >= 1) {
                drawLine(clamped, message);
                lastDrawNanos = now;
            }
        } else if (clamped - lastLoggedFraction >= LOG_STEP || now - lastDrawNanos >= LOG_INTERVAL_NANOS
                || (clamped >= 1 && lastLoggedFraction < 1)) {
            out.println(formatPercent(clamped) + (message == null ? "" : " " + message));
            out.flush();
            lastLoggedFraction = clamped;
            lastDrawNanos = now;
        }
    }

    private void drawLine(double fraction, String message) {
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String line = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + formatPercent(fraction)
                + (message == null ? "" : " " + message);
        // Pad with spaces so a shorter line fully covers the previous one.
        String padding = " ".repeat(Math.max(0, lastLineLength - line.length()));
        out.print("\r" + line + padding);
        out.flush();
        lastLineLength = line.length();
        drawn = true;
    }

    private static String formatPercent(double fraction) {
        return String.format(Locale.ROOT, "%3d%%", (int) Math.floor(fraction * 100));
    }

    /** Ends the bar's line on a terminal, so later output starts on a fresh line. */
    public synchronized void finish() {
        if (interactive && drawn) {
            out.println();
            out.flush();
            drawn = false;
            lastLineLength = 0;
        }
    }

    /** Asks the running work to stop at its next check. */
    public void cancel() {
        canceled = true;
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }
}
