package dev.pgcraft.generate;

/**
 * Proves a migration before {@link Generator} writes it (on a throwaway PostgreSQL: see {@code dev.pgcraft.prove}).
 * Throws {@link dev.pgcraft.model.problem.PgcraftException} to stop the write.
 */
@FunctionalInterface
public interface Proof {

    /** Proves nothing: for callers that have no server (tests of the pipeline itself, {@code -Dpgcraft.prove=false}). */
    Proof NONE = candidate -> { };

    void prove(Candidate candidate);
}
