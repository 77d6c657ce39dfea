package dev.pgcraft.targets;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per target on at most {@code parallel} threads. Every target is attempted unless
 * {@code failFast}: then, after the first failure, targets not yet started are not started (those running
 * finish, since stopping a migration half-way helps no one). The result keeps the order the targets were given.
 */
public final class TargetRunner {

    private TargetRunner() {
    }

    /** Runs {@code task} on each target and reports how each fared; never throws for a target's failure. */
    public static List<TargetRun> run(List<Target> targets, int parallel, boolean failFast, TargetTask task) {
        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, targets.size())),
                work -> {
                    Thread thread = new Thread(work, "pgcraft-target-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<TargetRun>> runs = new ArrayList<>();
            for (Target target : targets) {
                runs.add(pool.submit(() -> {
                    if (failFast && failed.get()) {
                        return new TargetRun(target, TargetRun.Status.NOT_RUN, null, null, List.of(), 0);
                    }
                    TargetRun run = runOne(target, task);
                    if (run.status() == TargetRun.Status.FAILED) {
                        failed.set(true);
                    }
                    return run;
                }));
            }
            List<TargetRun> results = new ArrayList<>();
            for (Future<TargetRun> run : runs) {
                results.add(await(run));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static TargetRun runOne(Target target, TargetTask task) {
        long started = System.nanoTime();
        try {
            TargetOutcome outcome = task.run(target);
            return new TargetRun(target, TargetRun.Status.SUCCEEDED, outcome, null, List.of(), millisSince(started));
        } catch (PgcraftException e) {
            return new TargetRun(target, TargetRun.Status.FAILED, null, e.getMessage(),
                    e.problems().stream().map(Problem::code).distinct().toList(), millisSince(started));
        } catch (RuntimeException e) {
            // A bug, not a user's problem; still only this target's, so the others go on and the summary says so.
            return new TargetRun(target, TargetRun.Status.FAILED, null,
                    "unexpected " + e.getClass().getName() + ": " + e.getMessage(), List.of("PGC-INTERNAL"),
                    millisSince(started));
        }
    }

    private static TargetRun await(Future<TargetRun> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the targets", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a target run failed outside its task", e.getCause());
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
