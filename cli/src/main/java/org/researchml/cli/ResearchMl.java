package org.researchml.cli;

import org.researchml.cli.segmentation.SegmentEvaluateCommand;
import org.researchml.cli.segmentation.SegmentPredictCommand;
import org.researchml.cli.segmentation.SegmentTrainCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code researchml} command line. */
@Command(name = "researchml", mixinStandardHelpOptions = true, version = "researchml 0.1.0",
        description = "Runs Research ML studies without KNIME: EEG event detection, EM segmentation and data set downloads.",
        subcommands = {MainJobCommand.class, EegStudyCommand.class, SegmentTrainCommand.class, SegmentPredictCommand.class,
                SegmentEvaluateCommand.class, DatasetsCommand.class})
public final class ResearchMl implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /**
     * Prints a failed command's message without a stack trace, because the messages name the file or option to fix;
     * the stack trace follows only when the environment variable RESEARCHML_DEBUG is set.
     */
    static int reportError(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        commandLine.getErr().println("Error: " + message);
        if (System.getenv("RESEARCHML_DEBUG") != null) {
            error.printStackTrace(commandLine.getErr());
        }
        return 1;
    }

    /** Weka's netlib wrapper warns through java.util.logging on every start that no native BLAS exists. */
    private static final java.util.logging.Logger NETLIB_LOGGER = java.util.logging.Logger.getLogger("com.github.fommil");

    public static void main(String[] args) {
        NETLIB_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        CommandLine commandLine = new CommandLine(new ResearchMl());
        commandLine.setExecutionExceptionHandler(ResearchMl::reportError);
        int exitCode = commandLine.execute(args);
        System.exit(exitCode);
    }
}
