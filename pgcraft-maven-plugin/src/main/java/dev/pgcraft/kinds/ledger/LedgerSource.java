package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.spec.DimensionSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code <ledger>}'s own members as its element writes them (types and column lists unchecked), each with its
 * position: what the ledger's part, checks and SQL fragments are read from.
 *
 * @param valueType   {@code valueType} as written, {@code integer} when absent
 * @param location    the ledger's start tag
 * @param doubleEntry whether {@code <doubleEntry/>} is there
 * @param balance     {@code <balance>}, or {@code null}
 * @param latest      {@code <latest>}, or {@code null}
 * @param minBalance  {@code <minBalance>}, or {@code null}
 * @param events      the {@code <event>}s in document order
 */
record LedgerSource(String valueType, SourceLocation location, boolean doubleEntry, Member balance, Member latest,
                    Member minBalance, List<Event> events) {

    /** The value type when {@code valueType} is absent. */
    static final String DEFAULT_VALUE_TYPE = "integer";

    /** {@code <balance>}, {@code <latest>} or {@code <minBalance>}: groupBy, and maintained or min where it has one. */
    record Member(List<String> groupBy, boolean maintained, String min, SourceLocation location) {
    }

    /** {@code <event>}: its input query or its desired element (one of them is null). */
    record Event(String name, List<Param> params, String input, Desired desired, SourceLocation location) {
    }

    record Param(String name, String type, SourceLocation location) {
    }

    record Desired(List<String> diffKeys, String query, SourceLocation location) {
    }

    /** Reads the ledger's element ({@link DimensionSpec#element()}). */
    static LedgerSource of(DimensionSpec dimension) {
        ExtensionElement ledger = dimension.element();
        Member balance = null;
        Member latest = null;
        Member minBalance = null;
        boolean doubleEntry = false;
        List<Event> events = new ArrayList<>();
        for (ExtensionElement child : ledger.children()) {
            switch (child.localName()) {
                case "doubleEntry" -> doubleEntry = true;
                case "balance" -> balance = member(child);
                case "latest" -> latest = member(child);
                case "minBalance" -> minBalance = member(child);
                case "event" -> events.add(event(child));
                default -> {
                    // Columns, checks, indexes and plugins are the spec's; the XSD admits nothing else.
                }
            }
        }
        return new LedgerSource(ledger.attribute("valueType").orElse(DEFAULT_VALUE_TYPE), dimension.location(),
                doubleEntry, balance, latest, minBalance, events);
    }

    private static Member member(ExtensionElement element) {
        return new Member(names(element.attribute("groupBy")),
                element.attribute("maintained").map(v -> v.equals("true") || v.equals("1")).orElse(false),
                element.attribute("min").orElse(null), element.location());
    }

    private static Event event(ExtensionElement element) {
        List<Param> params = new ArrayList<>();
        String input = null;
        Desired desired = null;
        for (ExtensionElement child : element.children()) {
            switch (child.localName()) {
                case "param" -> params.add(new Param(child.attribute("name").orElse(null),
                        child.attribute("type").orElse(null), child.location()));
                case "input" -> input = child.text();
                case "desired" -> desired = new Desired(names(child.attribute("diffKeys")), child.text(),
                        child.location());
                default -> {
                }
            }
        }
        return new Event(element.attribute("name").orElse(null), params, input, desired, element.location());
    }

    /** A comma-separated list of column names as written, split and trimmed; empty entries stay, empty text is none. */
    private static List<String> names(Optional<String> commaSeparated) {
        List<String> names = new ArrayList<>();
        if (commaSeparated.isEmpty() || commaSeparated.get().isBlank()) {
            return names;
        }
        for (String part : commaSeparated.get().split(",", -1)) {
            names.add(part.trim());
        }
        return names;
    }
}
