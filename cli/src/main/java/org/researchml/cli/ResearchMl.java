package org.researchml.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code researchml} command line. */
@Command(name = "researchml", mixinStandardHelpOptions = true, version = "researchml 0.1.0",
        description = "Runs Research ML studies without KNIME: EEG event detection and data set downloads.",
        subcommands = {MainJobCommand.class, EegStudyCommand.class, DatasetsCommand.class})
public final class ResearchMl implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        int exitCode = new CommandLine(new ResearchMl()).execute(args);
        System.exit(exitCode);
    }
}
