package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long migrate and undo wait for another run's lock before giving up ({@code pgcraft.lockWaitTimeout}):
 * a duration written like {@code pgcraft.lockTimeout} ({@code 500ms}, {@code 30s}, {@code 10min}, {@code 2h};
 * no unit means milliseconds), or {@code 0} to wait as long as it takes.
 */
public final class LockWaitTimeout {

    /**
     * Long enough for a run that builds a large index concurrently, short enough that a CI job behind a stuck
     * session fails with the holder's pid instead of running into the CI's own timeout without a word.
     */
    public static final String DEFAULT = "10min";

    /** {@link #DEFAULT} as a duration; also what a {@code null} in the options records means. */
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(10);

    private static final Pattern DURATION = Pattern.compile("(0|[1-9]\\d{0,8})(ms|s|min|h)?");

    private LockWaitTimeout() {
    }

    /** Parses the property; {@link Duration#ZERO} means wait forever. */
    public static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-LOCK-WAIT-TIMEOUT",
                    "pgcraft.lockWaitTimeout is '" + text + "'; expected a duration such as 30s, 500ms, 10min, 2h"
                            + " (no unit: milliseconds), or 0 to wait forever",
                    "Set pgcraft.lockWaitTimeout to a duration, or leave it out for the default " + DEFAULT + "."));
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
        return switch (unit) {
            case "h" -> Duration.ofHours(amount);
            case "min" -> Duration.ofMinutes(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMillis(amount);
        };
    }

    /** {@code timeout}, or the default for {@code null}; never negative. */
    static Duration orDefault(Duration timeout) {
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("lockWaitTimeout is negative: " + timeout);
        }
        return timeout == null ? DEFAULT_DURATION : timeout;
    }

    /** The duration as the property would say it, in the largest unit that divides it: {@code 10min}, {@code 90s}. */
    static String display(Duration timeout) {
        long millis = timeout.toMillis();
        if (millis != 0 && millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis != 0 && millis % 60_000 == 0) {
            return millis / 60_000 + "min";
        }
        if (millis != 0 && millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }
}
