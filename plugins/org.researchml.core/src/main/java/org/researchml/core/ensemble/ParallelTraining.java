package org.researchml.core.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.researchml.core.progress.CanceledException;
import org.researchml.core.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs training tasks on a fixed thread pool, reports progress per finished task and stops on cancellation.
 *
 * <p>On cancellation the pool's threads are interrupted. The linear members stop at their next iteration, but Weka's
 * own classifiers do not check for interrupts, so their threads may run on in the background until they finish.
 */
final class ParallelTraining {

    private static final Logger LOGGER = LoggerFactory.getLogger(ParallelTraining.class);
    private static final long POLL_MILLISECONDS = 100;

    /** One unit of work with a description for progress messages. */
    record Task<T>(String description, Callable<T> work) {
    }

    private ParallelTraining() {
    }

    /**
     * Runs all tasks and returns their results in task order.
     *
     * @throws CanceledException when the listener requests cancellation
     * @throws IllegalStateException when a task fails, naming the task and the cause
     */
    static <T> List<T> runAll(List<Task<T>> tasks, int threads, ProgressListener listener) throws CanceledException {
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "ensemble-training-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), factory);
        List<Future<T>> futures = new ArrayList<>();
        try {
            for (Task<T> task : tasks) {
                futures.add(executor.submit(task.work()));
            }
            List<T> results = new ArrayList<>();
            for (int k = 0; k < futures.size(); k++) {
                results.add(await(futures.get(k), tasks.get(k), listener));
                listener.progress((k + 1.0) / tasks.size(), "Finished " + tasks.get(k).description());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future, Task<T> task, ProgressListener listener) throws CanceledException {
        while (true) {
            if (listener.isCanceled()) {
                LOGGER.info("Ensemble training canceled while waiting for {}", task.description());
                throw new CanceledException();
            }
            try {
                return future.get(POLL_MILLISECONDS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // Still running: poll the listener again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CanceledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CanceledException canceled) {
                    throw canceled;
                }
                if (cause instanceof IllegalArgumentException invalid) {
                    throw new IllegalArgumentException("Training " + task.description() + " failed: "
                            + invalid.getMessage(), invalid);
                }
                throw new IllegalStateException("Training " + task.description() + " failed: " + cause, cause);
            }
        }
    }
}
