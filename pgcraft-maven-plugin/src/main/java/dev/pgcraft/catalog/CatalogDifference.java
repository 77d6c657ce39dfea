package dev.pgcraft.catalog;

import java.util.Objects;

/**
 * One object that two catalogs do not agree on.
 *
 * @param key      the object, e.g. {@code column dim.products.price}
 * @param expected its definition in the expected catalog, or {@code null} when only the actual one has it
 * @param actual   its definition in the actual catalog, or {@code null} when only the expected one has it
 */
public record CatalogDifference(String key, String expected, String actual) {

    private static final String INDENT = "    ";

    /** Which way the catalogs disagree. */
    public enum Kind {
        ONLY_IN_EXPECTED, ONLY_IN_ACTUAL, DIFFERS
    }

    public CatalogDifference {
        Objects.requireNonNull(key, "key");
        if (expected == null && actual == null) {
            throw new IllegalArgumentException("a difference needs at least one definition: " + key);
        }
    }

    public Kind kind() {
        return expected == null ? Kind.ONLY_IN_ACTUAL : actual == null ? Kind.ONLY_IN_EXPECTED : Kind.DIFFERS;
    }

    /**
     * The difference as a user reads it, naming the two databases: the key and what is wrong on the first line,
     * the definition (or a line diff of both) indented below, e.g.
     * <pre>
     * column dim.products.price: differs
     *     from-scratch database: numeric(10,2) NOT NULL DEFAULT 0
     *     migrated database:     numeric(10,2) NOT NULL DEFAULT 1
     * </pre>
     */
    public String describe(String expectedName, String actualName) {
        return describe(expectedName, actualName, "only in " + expectedName, "only in " + actualName, "differs");
    }

    /**
     * As {@link #describe(String, String)}, with the caller's words for what happened to the object ({@code drift}
     * says {@code added}, {@code dropped}, {@code changed}).
     */
    public String describe(String expectedName, String actualName, String onlyInExpected, String onlyInActual,
                           String differs) {
        return switch (kind()) {
            case ONLY_IN_EXPECTED -> key + ": " + onlyInExpected + "\n" + indent(expected.strip());
            case ONLY_IN_ACTUAL -> key + ": " + onlyInActual + "\n" + indent(actual.strip());
            case DIFFERS -> key + ": " + differs + (isMultiLine() ? " (- " + expectedName + ", + " + actualName
                    + ")\n" + indent(LineDiff.of(expected, actual)) : "\n" + sideBySide(expectedName, actualName));
        };
    }

    private boolean isMultiLine() {
        return expected.contains("\n") || actual.contains("\n");
    }

    private String sideBySide(String expectedName, String actualName) {
        int width = Math.max(expectedName.length(), actualName.length()) + 1;
        return INDENT + pad(expectedName + ":", width) + " " + expected + "\n"
                + INDENT + pad(actualName + ":", width) + " " + actual;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String indent(String text) {
        return INDENT + text.replace("\n", "\n" + INDENT);
    }
}
