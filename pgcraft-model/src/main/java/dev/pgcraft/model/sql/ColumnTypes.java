package dev.pgcraft.model.sql;

import dev.pgcraft.model.problem.Suggestions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a column type as written in {@code pgcraft.xml} against PostgreSQL's built-in types and returns it
 * in PostgreSQL's own canonical spelling, the one {@code format_type()} prints ({@code int} → {@code integer},
 * {@code varchar(10)} → {@code character varying(10)}, {@code timestamptz} → {@code timestamp with time zone}).
 * Comparing canonical spellings is what lets a diff see that {@code int4} and {@code integer} are the same
 * column, and lets a snapshot match what the catalog reports.
 *
 * <p>Arrays are written with {@code []}; like PostgreSQL, which does not record dimensions, the canonical form
 * has one {@code []} whatever the number written. A schema-qualified name ({@code public.mood}) is a
 * user-defined type: it passes unchecked, folded to lower case as PostgreSQL folds unquoted names.
 */
public final class ColumnTypes {

    /** A type that is not valid, with what to do about it. */
    public static final class InvalidTypeException extends IllegalArgumentException {
        private final String fix;

        InvalidTypeException(String reason, String fix) {
            super(reason);
            this.fix = fix;
        }

        /** What the user should write instead; a sentence. */
        public String fix() {
            return fix;
        }
    }

    /** How a type takes modifiers in parentheses. */
    private enum Modifiers { NONE, LENGTH, LENGTH_DEFAULT_1, NUMERIC, TIME_PRECISION, FLOAT }

    /** A built-in type: canonical text before and after the modifiers, and the modifier rule. */
    private record Spec(String head, String tail, Modifiers modifiers) {
    }

    private static final int MAX_LENGTH = 10_485_760;
    private static final String UNQUOTED_NAME = "[a-z_][a-z0-9_$]*";
    private static final Pattern USER_TYPE = Pattern.compile(UNQUOTED_NAME + "\\." + UNQUOTED_NAME);
    private static final Pattern ARRAY_SUFFIX = Pattern.compile("\\s*\\[\\s*\\d*\\s*]$");
    private static final Pattern SHAPE = Pattern.compile(
            "([a-z][a-z0-9_ ]*?)(?:\\(([^()]*)\\))?( ?with time zone| ?without time zone)?");

    /** Canonical spellings already worked out, by the text as written; only valid types are kept. */
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 10_000;

    /** Every accepted spelling, in the order "did you mean" should prefer them. */
    private static final Map<String, Spec> TYPES = new LinkedHashMap<>();

    static {
        plain("text", "integer", "bigint", "smallint", "boolean", "date", "uuid", "json", "jsonb", "bytea",
                "real", "double precision", "numeric", "character varying", "character", "interval",
                "inet", "cidr", "macaddr", "macaddr8", "money", "tsvector", "tsquery", "xml", "oid", "jsonpath",
                "point", "line", "lseg", "box", "path", "polygon", "circle", "pg_lsn",
                "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
                "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange",
                "datemultirange", "bit", "bit varying");
        alias("integer", "int", "int4");
        alias("bigint", "int8");
        alias("smallint", "int2");
        alias("boolean", "bool");
        alias("real", "float4");
        alias("double precision", "float8");
        TYPES.put("float", new Spec("double precision", "", Modifiers.FLOAT));
        TYPES.put("numeric", new Spec("numeric", "", Modifiers.NUMERIC));
        alias("numeric", "decimal");
        TYPES.put("character varying", new Spec("character varying", "", Modifiers.LENGTH));
        alias("character varying", "varchar");
        TYPES.put("character", new Spec("character", "", Modifiers.LENGTH_DEFAULT_1));
        alias("character", "char");
        TYPES.put("bit", new Spec("bit", "", Modifiers.LENGTH_DEFAULT_1));
        TYPES.put("bit varying", new Spec("bit varying", "", Modifiers.LENGTH));
        alias("bit varying", "varbit");
        time("timestamp", " without time zone", "timestamp", "timestamp without time zone");
        time("timestamp", " with time zone", "timestamptz", "timestamp with time zone");
        time("time", " without time zone", "time", "time without time zone");
        time("time", " with time zone", "timetz", "time with time zone");
        TYPES.put("interval", new Spec("interval", "", Modifiers.TIME_PRECISION));
        for (String fields : new String[] {"year", "month", "day", "hour", "minute", "year to month", "day to hour",
                "day to minute", "hour to minute"}) {
            TYPES.put("interval " + fields, new Spec("interval " + fields, "", Modifiers.NONE));
        }
        for (String fields : new String[] {"second", "day to second", "hour to second", "minute to second"}) {
            TYPES.put("interval " + fields, new Spec("interval " + fields, "", Modifiers.TIME_PRECISION));
        }
    }

    private ColumnTypes() {
    }

    /**
     * The canonical spelling of {@code type}.
     *
     * @throws InvalidTypeException when it is not a known built-in type, a schema-qualified user type, or its
     *                              modifiers are out of range; the message says why, {@link
     *                              InvalidTypeException#fix()} what to write instead
     */
    public static String canonical(String type) {
        if (type == null) {
            return spell(null);
        }
        // A model spells its types a few ways, over thousands of columns: each spelling is worked out once.
        String known = CANONICAL.get(type);
        if (known == null) {
            known = spell(type);
            if (CANONICAL.size() < CACHE_LIMIT) {
                CANONICAL.put(type, known);
            }
        }
        return known;
    }

    private static String spell(String type) {
        String text = type == null ? "" : type.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean array = false;
        for (Matcher m = ARRAY_SUFFIX.matcher(text); m.find(); m = ARRAY_SUFFIX.matcher(text)) {
            array = true;
            text = text.substring(0, m.start());
        }
        String arraySuffix = array ? "[]" : "";
        if (text.isEmpty()) {
            throw new InvalidTypeException("no type", "Write a PostgreSQL type such as text or bigint.");
        }
        if (USER_TYPE.matcher(text).matches()) {
            return text + arraySuffix;
        }
        text = text.replaceAll(" ?([(),]) ?", "$1");
        Matcher shape = SHAPE.matcher(text);
        if (!shape.matches()) {
            throw unknown(text);
        }
        String name = shape.group(1).strip() + (shape.group(3) == null ? "" : " " + shape.group(3).strip());
        if (name.startsWith("serial") || name.endsWith("serial")) {
            throw new InvalidTypeException(name + " is not a type (it is CREATE TABLE shorthand for a sequence)",
                    "Use integer or bigint with a default; the generated key \"id\" takes its style from "
                            + "<pk type=\"…\"/>.");
        }
        Spec spec = TYPES.get(name);
        if (spec == null) {
            throw unknown(name);
        }
        if (spec.modifiers() == Modifiers.FLOAT) {
            // float(p) is real up to 24 binary digits of precision and double precision above, as in PostgreSQL.
            String written = shape.group(2);
            return (written == null || number(name, "precision", single(name, "precision", written), 1, 53) > 24
                    ? "double precision" : "real") + arraySuffix;
        }
        return spec.head() + modifiers(name, spec, shape.group(2)) + spec.tail() + arraySuffix;
    }

    /** Whether {@code type} is valid; {@link #canonical} says why not. */
    public static boolean isValid(String type) {
        try {
            canonical(type);
            return true;
        } catch (InvalidTypeException e) {
            return false;
        }
    }

    private static String modifiers(String name, Spec spec, String written) {
        if (written == null) {
            return spec.modifiers() == Modifiers.LENGTH_DEFAULT_1 ? "(1)" : "";
        }
        switch (spec.modifiers()) {
            case NONE:
                throw new InvalidTypeException(name + " takes no modifiers, found (" + written + ")",
                        "Write " + spec.head() + spec.tail() + " without parentheses.");
            case LENGTH:
            case LENGTH_DEFAULT_1:
                return "(" + number(name, "length", single(name, "length", written), 1, MAX_LENGTH) + ")";
            case TIME_PRECISION:
                return "(" + number(name, "precision", single(name, "precision", written), 0, 6) + ")";
            case NUMERIC:
                String[] parts = written.split(",", -1);
                if (parts.length > 2) {
                    throw new InvalidTypeException(name + " takes (precision) or (precision,scale), found (" + written
                            + ")", "Write for example numeric(10,2).");
                }
                int precision = number(name, "precision", parts[0], 1, 1000);
                int scale = parts.length > 1 ? number(name, "scale", parts[1], 0, precision) : 0;
                return "(" + precision + "," + scale + ")";
            default:
                throw new IllegalStateException("modifiers of " + spec.modifiers() + " are handled by the caller");
        }
    }

    private static String single(String name, String what, String written) {
        if (written.contains(",")) {
            throw new InvalidTypeException(name + " takes one " + what + ", found (" + written + ")",
                    "Write one number in the parentheses.");
        }
        return written;
    }

    private static int number(String name, String what, String written, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(written);
        } catch (NumberFormatException e) {
            throw new InvalidTypeException(name + " " + what + " must be a whole number, found \"" + written + "\"",
                    "Write a number between " + min + " and " + max + ".");
        }
        if (value < min || value > max) {
            throw new InvalidTypeException(name + " " + what + " must be between " + min + " and " + max + ", found "
                    + value, "Write a number between " + min + " and " + max + ".");
        }
        return value;
    }

    private static InvalidTypeException unknown(String name) {
        String fix = Suggestions.closest(name, TYPES.keySet())
                .map(s -> "Did you mean " + s + "? A user-defined type must be schema-qualified, e.g. public.mood.")
                .orElse("Use a PostgreSQL built-in type (text, integer, numeric(p,s), timestamptz, …) or a "
                        + "schema-qualified user-defined type such as public.mood.");
        return new InvalidTypeException("unknown type", fix);
    }

    private static void plain(String... names) {
        for (String name : names) {
            TYPES.put(name, new Spec(name, "", Modifiers.NONE));
        }
    }

    private static void alias(String canonical, String... aliases) {
        for (String alias : aliases) {
            TYPES.put(alias, TYPES.get(canonical));
        }
    }

    private static void time(String head, String tail, String... spellings) {
        for (String spelling : spellings) {
            TYPES.put(spelling, new Spec(head, tail, Modifiers.TIME_PRECISION));
        }
    }
}
