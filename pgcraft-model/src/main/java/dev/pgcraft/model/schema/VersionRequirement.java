package dev.pgcraft.model.schema;

import java.util.Objects;

/**
 * A PostgreSQL major version the generated SQL needs, and why — e.g. 18 for {@code uuidv7()} keys. Written into
 * migration headers so {@code migrate} can refuse an older server before it changes anything.
 */
public record VersionRequirement(int major, String reason) implements Comparable<VersionRequirement> {

    public VersionRequirement {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public int compareTo(VersionRequirement other) {
        int byMajor = Integer.compare(major, other.major);
        return byMajor != 0 ? byMajor : reason.compareTo(other.reason);
    }
}
