package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.problem.Suggestions;
import dev.pgcraft.model.sql.ColumnTypes;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.sql.SqlFragment;

import dev.pgcraft.load.ConfigChecker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a {@code <ledger>} that XML Schema cannot express: group and diff-key columns that exist (and are
 * NOT NULL where they become a primary key), event and parameter names unique, parameter and value types valid.
 * Problems go to the list {@link ConfigChecker} collects, each at its element.
 */
final class LedgerChecker {

    /** The actions of the functions the ledger generates itself ({@code S_T_<action>}), which events cannot take. */
    private static final List<String> RESERVED_EVENTS = List.of("immutable", "check_entry", "min_balance",
            "balances_maintain");

    private final String qualified;
    private final LedgerSource ledger;
    private final List<Problem> problems;
    private final Map<String, ColumnSpec> columns = new LinkedHashMap<>();

    private LedgerChecker(DimensionSpec dimension, LedgerSource ledger, List<Problem> problems) {
        this.qualified = dimension.qualifiedName();
        this.ledger = ledger;
        this.problems = problems;
        dimension.columns().forEach(column -> columns.putIfAbsent(column.name(), column));
    }

    /** Adds the problems of {@code dimension}, read as {@code ledger}, to {@code problems}. */
    static void check(DimensionSpec dimension, LedgerSource ledger, List<Problem> problems) {
        new LedgerChecker(dimension, ledger, problems).check();
    }

    private void check() {
        type("valueType", ledger.valueType(), ledger.location());
        group("balance", ledger.balance());
        group("latest", ledger.latest());
        group("minBalance", ledger.minBalance());
        if (ledger.minBalance() != null) {
            ConfigChecker.fragment(problems, "min of <minBalance> in " + qualified, ledger.minBalance().min(),
                    SqlFragment.Shape.EXPRESSION, ledger.minBalance().location());
        }
        LedgerSource.Member balance = ledger.balance();
        if (balance != null && balance.maintained()) {
            for (String name : balance.groupBy()) {
                ColumnSpec column = columns.get(name);
                if (column != null && column.nullable()) {
                    problems.add(Problem.at(where(balance.location()), "PGC-CONFIG-LEDGER-NULLABLE-GROUP",
                            "Maintained balances of " + qualified + " group by column \"" + name + "\", which may be "
                                    + "NULL; the balances table keys its rows by the groupBy columns.",
                            "Declare the column nullable=\"false\", or drop maintained=\"true\"."));
                }
            }
        }
        Map<String, SourceLocation> events = new LinkedHashMap<>();
        for (LedgerSource.Event event : ledger.events()) {
            ConfigChecker.identifier(problems, "Event name", event.name(), where(event.location()));
            unique(events, event.name(), event.location(), "PGC-CONFIG-DUPLICATE-EVENT",
                    "Event \"" + event.name() + "\" is declared twice in " + qualified);
            if (RESERVED_EVENTS.contains(event.name())) {
                problems.add(Problem.at(where(event.location()), "PGC-CONFIG-RESERVED-EVENT",
                        "Event \"" + event.name() + "\" of " + qualified + " would be named like one of the "
                                + "ledger's own functions (" + String.join(", ", RESERVED_EVENTS) + ").",
                        "Give the event another name."));
            }
            Map<String, SourceLocation> params = new LinkedHashMap<>();
            for (LedgerSource.Param param : event.params()) {
                ConfigChecker.identifier(problems, "Parameter name", param.name(), where(param.location()));
                unique(params, param.name(), param.location(), "PGC-CONFIG-DUPLICATE-PARAM",
                        "Parameter \"" + param.name() + "\" is declared twice in event \"" + event.name()
                                + "\" of " + qualified);
                type("parameter \"" + param.name() + "\"", param.type(), param.location());
            }
            ConfigChecker.fragment(problems, "<input> of event \"" + event.name() + "\" in " + qualified,
                    event.input(), SqlFragment.Shape.QUERY, where(event.location()));
            if (event.desired() != null) {
                ConfigChecker.fragment(problems, "<desired> query of event \"" + event.name() + "\" in "
                        + qualified, event.desired().query(), SqlFragment.Shape.QUERY,
                        where(event.desired().location()));
                columns(event.desired().diffKeys(), "diffKeys", "<desired> of event \"" + event.name()
                        + "\"", event.desired().location());
            }
        }
    }

    private void group(String element, LedgerSource.Member grouped) {
        if (grouped != null) {
            columns(grouped.groupBy(), "groupBy", "<" + element + ">", grouped.location());
        }
    }

    /** Each name must be a declared column of the ledger (its generated columns are no groups). */
    private void columns(List<String> names, String attribute, String owner, SourceLocation element) {
        boolean emptySeen = false;
        for (String name : names) {
            if (name.isEmpty()) {
                if (emptySeen) {
                    continue;
                }
                emptySeen = true;
                problems.add(Problem.at(where(element), "PGC-CONFIG-LEDGER-COLUMN",
                        "The " + attribute + " of " + owner + " in " + qualified + " contains an empty name.",
                        "Write the column names separated by single commas, e.g. " + attribute
                                + "=\"account, currency\"."));
            } else if (!columns.containsKey(name)) {
                problems.add(Problem.at(where(element), "PGC-CONFIG-LEDGER-COLUMN",
                        attribute + " column \"" + name + "\" of " + owner + " is not a declared column of "
                                + qualified + ".",
                        Suggestions.closest(name, columns.keySet()).map(s -> "Did you mean " + s + "?")
                                .orElse(columns.isEmpty() ? "Declare the column with <column name=\"" + name
                                        + "\" …/>." : "Use one of: " + String.join(", ", columns.keySet()) + ".")));
            }
        }
    }

    private void type(String what, String type, SourceLocation element) {
        try {
            ColumnTypes.canonical(type);
        } catch (ColumnTypes.InvalidTypeException e) {
            problems.add(Problem.at(where(element), "PGC-CONFIG-BAD-TYPE",
                    "Invalid type \"" + type + "\" for " + what + " of " + qualified + ": " + e.getMessage() + ".",
                    e.fix()));
        }
    }

    private void unique(Map<String, SourceLocation> seen, String name, SourceLocation element, String code,
                        String message) {
        SourceLocation first = seen.putIfAbsent(name, where(element));
        if (first != null) {
            problems.add(Problem.at(where(element), code,
                    message + "; first declared at line " + where(first).line() + ".", "Remove or rename one of them."));
        }
    }

    /** The position; elements built in code rather than read have none. */
    private static SourceLocation where(SourceLocation location) {
        return location != null ? location : SourceLocation.of("pgcraft.xml");
    }
}
