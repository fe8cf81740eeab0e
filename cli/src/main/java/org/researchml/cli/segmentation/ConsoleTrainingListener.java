package org.researchml.cli.segmentation;

import java.io.PrintStream;
import java.util.Locale;

import org.researchml.core.segmentation.EpochRecord;
import org.researchml.core.segmentation.TrainingListener;

/** Prints step losses every {@code stepInterval} steps and one line per epoch; never cancels. */
public final class ConsoleTrainingListener implements TrainingListener {

    private final PrintStream out;
    private final int stepInterval;

    public ConsoleTrainingListener(PrintStream out, int stepInterval) {
        this.out = out;
        this.stepInterval = stepInterval;
    }

    @Override
    public void progress(double fraction, String message) {
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    @Override
    public void stepFinished(int epoch, int step, double loss) {
        if (step % stepInterval == 0) {
            out.printf(Locale.ROOT, "  epoch %d step %d loss %.4f%n", epoch, step, loss);
        }
    }

    @Override
    public void epochFinished(EpochRecord record) {
        out.printf(Locale.ROOT, "epoch %d: mean loss %.4f, validation IoU %.4f, Dice %.4f, learning rate %.2e, %.1f s%n",
                record.epoch(), record.meanLoss(), record.validationIou(), record.validationDice(),
                record.learningRate(), record.durationSeconds());
    }
}
