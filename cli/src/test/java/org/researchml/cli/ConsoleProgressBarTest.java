package org.researchml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clockNanos = new AtomicLong();

    @Test
    void terminalRedrawsOneLine() {
        ConsoleProgressBar bar = new ConsoleProgressBar(stream, true, clockNanos::get);

        bar.progress(0.5, "S001R03.edf: 1.3 of 2.6 MB");
        clockNanos.addAndGet(200_000_000);
        bar.progress(1.0, "done");
        bar.finish();

        String output = text();
        assertTrue(output.startsWith("\r[###############---------------]  50% S001R03.edf: 1.3 of 2.6 MB"), output);
        assertTrue(output.contains("\r[##############################] 100% done"), output);
        assertTrue(output.endsWith(System.lineSeparator()), output);
        assertEquals(output.length() - System.lineSeparator().length(), output.indexOf(System.lineSeparator()),
                "the bar must stay on one line until finish()");
    }

    @Test
    void terminalSkipsRapidRedraws() {
        ConsoleProgressBar bar = new ConsoleProgressBar(stream, true, clockNanos::get);

        bar.progress(0.1, "a");
        clockNanos.addAndGet(10_000_000);
        bar.progress(0.2, "b");

        assertFalse(text().contains(" b"), text());
    }

    @Test
    void shorterLineCoversLongerOne() {
        ConsoleProgressBar bar = new ConsoleProgressBar(stream, true, clockNanos::get);

        bar.progress(0.1, "a long message");
        clockNanos.addAndGet(200_000_000);
        bar.progress(0.2, "x");

        String[] draws = text().split("\r");
        assertEquals(draws[1].length(), draws[2].length());
    }

    @Test
    void logPrintsPlainLinesPerTenPercent() {
        ConsoleProgressBar bar = new ConsoleProgressBar(stream, false, clockNanos::get);

        for (int i = 0; i <= 100; i++) {
            bar.progress(i / 100.0, "file");
        }
        bar.finish();

        String output = text();
        assertFalse(output.contains("\r"), output);
        assertEquals(11, output.lines().count(), output);
        assertTrue(output.lines().allMatch(line -> line.endsWith("% file")), output);
        assertTrue(output.endsWith("100% file" + System.lineSeparator()), output);
    }

    @Test
    void logPrintsAfterInterval() {
        ConsoleProgressBar bar = new ConsoleProgressBar(stream, false, clockNanos::get);

        bar.progress(0.01, "start");
        bar.progress(0.02, "soon");
        clockNanos.addAndGet(11_000_000_000L);
        bar.progress(0.03, "later");

        assertEquals("  1% start" + System.lineSeparator() + "  3% later" + System.lineSeparator(), text());
    }

    @Test
    void cancelIsReported() {
        ConsoleProgressBar bar = new ConsoleProgressBar(stream, false, clockNanos::get);

        bar.cancel();

        assertTrue(bar.isCanceled());
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
