package dev.pgcraft.targets;

import java.util.List;
import java.util.Objects;

/**
 * How one target fared.
 *
 * @param target  the target
 * @param status  whether it ran, and how it ended
 * @param outcome what the goal did, when it succeeded; otherwise {@code null}
 * @param failure the whole report of the problem, when it failed; otherwise {@code null}
 * @param codes   the error codes of that report ({@code PGC-…}), when it failed
 * @param millis  how long it took (0 when it did not run)
 */
public record TargetRun(Target target, Status status, TargetOutcome outcome, String failure, List<String> codes,
                        long millis) {

    /** How a target's run ended. */
    public enum Status {
        SUCCEEDED, FAILED, NOT_RUN
    }

    public TargetRun {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        codes = List.copyOf(codes);
    }
}
