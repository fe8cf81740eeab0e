package org.researchml.knime.harness;

/** The test node again, with a description that lacks an option and a port and has elements out of order. */
public class BadlyDescribedTestNodeFactory extends ScaleTestNodeFactory {
}
