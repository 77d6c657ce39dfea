package dev.pgcraft.targets;

import dev.pgcraft.model.problem.PgcraftException;

/** What a goal does on one target; runs on a thread of its own, alongside other targets. */
@FunctionalInterface
public interface TargetTask {

    /**
     * Works on {@code target}, logging each line with {@link Target#logPrefix()}.
     *
     * @throws PgcraftException when it fails; the runner records it and goes on with the other targets
     */
    TargetOutcome run(Target target);
}
