package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.problem.Suggestions;
import dev.pgcraft.model.sql.ColumnTypes;
import dev.pgcraft.model.config.BalanceConfig;
import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.config.EventParamConfig;
import dev.pgcraft.model.config.GroupedConfig;
import dev.pgcraft.model.config.LedgerDimensionConfig;
import dev.pgcraft.model.config.LedgerEventConfig;
import dev.pgcraft.model.config.Located;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.sql.SqlFragment;

import dev.pgcraft.load.ConfigChecker;

import static dev.pgcraft.load.ConfigChecker.where;

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
    private final LedgerDimensionConfig ledger;
    private final List<Problem> problems;
    private final Map<String, ColumnConfig> columns = new LinkedHashMap<>();

    private LedgerChecker(String qualified, LedgerDimensionConfig ledger, List<Problem> problems) {
        this.qualified = qualified;
        this.ledger = ledger;
        this.problems = problems;
        ledger.getColumns().forEach(column -> columns.putIfAbsent(column.getName(), column));
    }

    /** Adds the problems of {@code ledger} (named {@code qualified} in messages) to {@code problems}. */
    static void check(String qualified, LedgerDimensionConfig ledger, List<Problem> problems) {
        new LedgerChecker(qualified, ledger, problems).check();
    }

    private void check() {
        type("valueType", ledger.getValueType(), ledger);
        group("balance", ledger.getBalance());
        group("latest", ledger.getLatest());
        group("minBalance", ledger.getMinBalance());
        if (ledger.getMinBalance() != null) {
            ConfigChecker.fragment(problems, "min of <minBalance> in " + qualified, ledger.getMinBalance().getMin(),
                    SqlFragment.Shape.EXPRESSION, ledger.getMinBalance());
        }
        BalanceConfig balance = ledger.getBalance();
        if (balance != null && balance.isMaintained()) {
            for (String name : balance.getGroupBy()) {
                ColumnConfig column = columns.get(name);
                if (column != null && column.isNullable()) {
                    problems.add(Problem.at(where(balance), "PGC-CONFIG-LEDGER-NULLABLE-GROUP",
                            "Maintained balances of " + qualified + " group by column \"" + name + "\", which may be "
                                    + "NULL; the balances table keys its rows by the groupBy columns.",
                            "Declare the column nullable=\"false\", or drop maintained=\"true\"."));
                }
            }
        }
        Map<String, Located> events = new LinkedHashMap<>();
        for (LedgerEventConfig event : ledger.getEvents()) {
            ConfigChecker.identifier(problems, "Event name", event.getName(), event);
            unique(events, event.getName(), event, "PGC-CONFIG-DUPLICATE-EVENT",
                    "Event \"" + event.getName() + "\" is declared twice in " + qualified);
            if (RESERVED_EVENTS.contains(event.getName())) {
                problems.add(Problem.at(where(event), "PGC-CONFIG-RESERVED-EVENT",
                        "Event \"" + event.getName() + "\" of " + qualified + " would be named like one of the "
                                + "ledger's own functions (" + String.join(", ", RESERVED_EVENTS) + ").",
                        "Give the event another name."));
            }
            Map<String, Located> params = new LinkedHashMap<>();
            for (EventParamConfig param : event.getParams()) {
                ConfigChecker.identifier(problems, "Parameter name", param.getName(), param);
                unique(params, param.getName(), param, "PGC-CONFIG-DUPLICATE-PARAM",
                        "Parameter \"" + param.getName() + "\" is declared twice in event \"" + event.getName()
                                + "\" of " + qualified);
                type("parameter \"" + param.getName() + "\"", param.getType(), param);
            }
            ConfigChecker.fragment(problems, "<input> of event \"" + event.getName() + "\" in " + qualified,
                    event.getInput(), SqlFragment.Shape.QUERY, event);
            if (event.getDesired() != null) {
                ConfigChecker.fragment(problems, "<desired> query of event \"" + event.getName() + "\" in "
                        + qualified, event.getDesired().getQuery(), SqlFragment.Shape.QUERY, event.getDesired());
                columns(event.getDesired().getDiffKeys(), "diffKeys", "<desired> of event \"" + event.getName()
                        + "\"", event.getDesired());
            }
        }
    }

    private void group(String element, GroupedConfig grouped) {
        if (grouped != null) {
            columns(grouped.getGroupBy(), "groupBy", "<" + element + ">", grouped);
        }
    }

    /** Each name must be a declared column of the ledger (its generated columns are no groups). */
    private void columns(List<String> names, String attribute, String owner, Located element) {
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

    private void type(String what, String type, Located element) {
        try {
            ColumnTypes.canonical(type);
        } catch (ColumnTypes.InvalidTypeException e) {
            problems.add(Problem.at(where(element), "PGC-CONFIG-BAD-TYPE",
                    "Invalid type \"" + type + "\" for " + what + " of " + qualified + ": " + e.getMessage() + ".",
                    e.fix()));
        }
    }

    private void unique(Map<String, Located> seen, String name, Located element, String code, String message) {
        Located first = seen.putIfAbsent(name, element);
        if (first != null) {
            problems.add(Problem.at(where(element), code,
                    message + "; first declared at line " + where(first).line() + ".", "Remove or rename one of them."));
        }
    }
}
