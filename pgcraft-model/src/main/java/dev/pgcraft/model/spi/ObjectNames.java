package dev.pgcraft.model.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * pgcraft's naming convention for derived objects ({@code pk__t__id}, {@code fk__t__col__ref}, {@code uq__…},
 * {@code ix__…}, {@code ck__…}), shared with plugins so third-party objects are named the same way.
 */
public final class ObjectNames {

    /** PostgreSQL's NAMEDATALEN - 1: longer identifiers are silently truncated by the server. */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    private static final int HASH_CHARS = 8;

    private ObjectNames() {
    }

    /** {@code prefix__table__part1_part2}, cut to 63 bytes when needed. */
    public static String derived(String prefix, String table, List<String> parts) {
        return fit(prefix + "__" + table + "__" + String.join("_", parts));
    }

    /**
     * An index's own name, or {@code ux__table__columns} / {@code ix__table__columns} ({@code expr_<hash>} for an
     * expression): a dimension's indexes and a materialized view's.
     */
    public static String index(String table, dev.pgcraft.model.spec.IndexSpec index) {
        if (index.name() != null) {
            return index.name();
        }
        String prefix = index.unique() ? "ux" : "ix";
        if (index.expression() != null) {
            return derived(prefix, table, List.of("expr_" + shortHash(index.expression())));
        }
        return derived(prefix, table, index.columns());
    }

    /**
     * {@code schema_dimension_action}, pgcraft's name for a function a dimension generates ({@code dim_prices_insert},
     * {@code ops_journal_min_balance}), cut to 63 bytes when needed.
     */
    public static String dimensionFunction(String schema, String dimension, String action) {
        return fit(schema + "_" + dimension + "_" + action);
    }

    /** {@code fk__table__col__referencedTable}. */
    public static String foreignKey(String table, List<String> columns, String referencedTable) {
        return fit("fk__" + table + "__" + String.join("_", columns) + "__" + referencedTable);
    }

    /**
     * Returns {@code name} if it fits PostgreSQL's 63 bytes; otherwise a prefix of it, an underscore and the first
     * eight hex digits of its SHA-256, so that two long names sharing a prefix stay distinct and the result is
     * the same on every run.
     */
    public static String fit(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_IDENTIFIER_BYTES) {
            return name;
        }
        String hash = shortHash(name);
        int budget = MAX_IDENTIFIER_BYTES - HASH_CHARS - 1;
        StringBuilder prefix = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            prefix.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return prefix + "_" + hash;
    }

    /**
     * The first eight hex digits of the text's SHA-256: stable across runs and machines, for names derived from
     * text that cannot be part of a name itself (long names, index expressions).
     */
    public static String shortHash(String text) {
        return sha256Hex(text).substring(0, HASH_CHARS);
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
