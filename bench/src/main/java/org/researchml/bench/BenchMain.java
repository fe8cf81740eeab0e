package org.researchml.bench;

/** Entry point of the benchmark runner. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.out.println("No benchmarks yet.");
    }
}
