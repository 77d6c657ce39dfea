package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A migration version such as {@code 1}, {@code 2} or {@code 1.1}, compared part by part as numbers (so 10
 * comes after 9). Trailing zero parts do not count, as in Flyway: {@code 1.0} and {@code 1} are the same
 * version, which makes {@code V1__a.sql} and {@code V1.0__b.sql} a duplicate rather than two migrations.
 */
public final class MigrationVersion implements Comparable<MigrationVersion> {

    private static final Pattern SYNTAX = Pattern.compile("\\d+([._]\\d+)*");

    private final List<BigInteger> parts;
    private final String text;

    private MigrationVersion(List<BigInteger> parts, String text) {
        this.parts = parts;
        this.text = text;
    }

    /** Whether {@code text} is a version: digits, optionally separated by dots or underscores. */
    public static boolean isValid(String text) {
        return text != null && SYNTAX.matcher(text).matches();
    }

    /**
     * Parses {@code 1}, {@code 1.1} or {@code 1_1} (underscores as in file names); shown with dots.
     *
     * @throws PgcraftException when {@code text} is not a version, so a mojo can pass user input straight in
     */
    public static MigrationVersion parse(String text) {
        if (!isValid(text)) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-VERSION",
                    "Not a migration version: '" + text + "'",
                    "Use digits separated by dots, like 1, 2 or 1.1 (e.g. for pgcraft.target)"));
        }
        String dotted = text.replace('_', '.');
        List<BigInteger> parts = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return new MigrationVersion(List.copyOf(parts), dotted);
    }

    /**
     * The next whole version after this one: {@code 3} after {@code 2}, and also after {@code 2.1} (generated
     * migrations are numbered with whole versions; hand-written ones may sit in between).
     */
    public MigrationVersion nextMajor() {
        return parse(parts.get(0).add(BigInteger.ONE).toString());
    }

    @Override
    public int compareTo(MigrationVersion other) {
        int size = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < size; i++) {
            int c = part(i).compareTo(other.part(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private BigInteger part(int index) {
        return index < parts.size() ? parts.get(index) : BigInteger.ZERO;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationVersion version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    /** The version as written (underscores shown as dots), e.g. {@code 1.1}; this is what history stores. */
    @Override
    public String toString() {
        return text;
    }
}
