package dev.pgcraft.diff;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column type changes keep every value that fits the old type (widening: {@code integer → bigint},
 * {@code varchar(20) → varchar(50)}, {@code numeric(10,2) → numeric(12,2)}, anything → {@code text}). Every other
 * change may fail on, round or cut existing values, so it is destructive and needs
 * {@code pgcraft.allowDestructive}. Types are in PostgreSQL's canonical spelling ({@code format_type}), which is
 * how the model stores them. The list is short on purpose: a change not on it is treated as narrowing.
 */
final class TypeChange {

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    // Decimal digits each integer type needs, to tell whether numeric(p,s) holds all its values.
    private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+)(?:,\\s*(\\d+))?\\))?");
    private static final Pattern VARCHAR = Pattern.compile("character varying(?:\\((\\d+)\\))?");

    private TypeChange() {
    }

    static boolean keepsEveryValue(String from, String to) {
        if (from.equals(to) || to.equals("text")) {
            return true;
        }
        if (from.equals("serial")) {
            return keepsEveryValue("integer", to);
        }
        if (INTEGERS.contains(from) && INTEGERS.contains(to)) {
            return INTEGERS.indexOf(to) >= INTEGERS.indexOf(from);
        }
        if (INTEGERS.contains(from)) {
            Matcher numeric = NUMERIC.matcher(to);
            return numeric.matches() && (numeric.group(1) == null
                    || integerDigits(numeric) >= INTEGER_DIGITS.get(from));
        }
        Matcher fromNumeric = NUMERIC.matcher(from);
        Matcher toNumeric = NUMERIC.matcher(to);
        if (fromNumeric.matches() && toNumeric.matches()) {
            if (toNumeric.group(1) == null) {
                return true;
            }
            return fromNumeric.group(1) != null && integerDigits(toNumeric) >= integerDigits(fromNumeric)
                    && scale(toNumeric) >= scale(fromNumeric);
        }
        Matcher fromVarchar = VARCHAR.matcher(from);
        Matcher toVarchar = VARCHAR.matcher(to);
        if (fromVarchar.matches() && toVarchar.matches()) {
            return toVarchar.group(1) == null || fromVarchar.group(1) != null
                    && Integer.parseInt(toVarchar.group(1)) >= Integer.parseInt(fromVarchar.group(1));
        }
        if (from.equals("text") && to.equals("character varying")) {
            return true;
        }
        return from.equals("real") && to.equals("double precision")
                || from.equals("date") && to.equals("timestamp without time zone");
    }

    private static int integerDigits(Matcher numeric) {
        return Integer.parseInt(numeric.group(1)) - scale(numeric);
    }

    private static int scale(Matcher numeric) {
        return numeric.group(2) == null ? 0 : Integer.parseInt(numeric.group(2));
    }
}
