package dev.pgcraft.model.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception the engine throws for problems a user can fix. Its message is the complete, readable
 * report of every problem found, so callers print it as it is and never a stack trace.
 */
public class PgcraftException extends RuntimeException {

    private final transient List<Problem> problems;

    public PgcraftException(List<Problem> problems) {
        this(problems, null);
    }

    public PgcraftException(List<Problem> problems, Throwable cause) {
        super(render(problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PgcraftException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public PgcraftException(Problem problem) {
        this(List.of(problem));
    }

    public PgcraftException(Problem problem, Throwable cause) {
        this(List.of(problem), cause);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).render();
        }
        return problems.size() + " problems:" + System.lineSeparator()
                + problems.stream().map(Problem::render).collect(Collectors.joining(System.lineSeparator()));
    }
}
