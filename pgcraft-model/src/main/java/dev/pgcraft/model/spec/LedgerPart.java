package dev.pgcraft.model.spec;

import dev.pgcraft.model.problem.SourceLocation;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a {@code <ledger>} declares beyond columns: the value type and its rules.
 *
 * @param valueType   the type of {@code value}, canonical ({@code integer}, {@code bigint}, {@code numeric(p,s)})
 * @param doubleEntry whether each entry's values must sum to zero
 * @param balance     {@code <balance>}, or {@code null}
 * @param latest      {@code <latest>}'s groupBy columns, or {@code null} without one
 * @param minBalance  {@code <minBalance>}, or {@code null}
 * @param events      the {@code <event>}s in document order
 */
public record LedgerPart(String valueType, boolean doubleEntry, Balance balance, List<String> latest,
                         MinBalance minBalance, List<Event> events) implements KindPart {

    public LedgerPart {
        latest = latest == null ? null : List.copyOf(latest);
        events = List.copyOf(events);
    }

    @Override
    public LedgerPart withColumnNames(UnaryOperator<String> rename) {
        return new LedgerPart(valueType, doubleEntry,
                balance == null ? null : new Balance(map(balance.groupBy(), rename), balance.maintained(),
                        balance.location()),
                latest == null ? null : map(latest, rename),
                minBalance == null ? null : new MinBalance(map(minBalance.groupBy(), rename), minBalance.min()),
                events.stream().map(event -> event.desired() == null ? event : new Event(event.name(), event.params(),
                        event.input(), new Desired(map(event.desired().diffKeys(), rename),
                        event.desired().query()))).toList());
    }

    private static List<String> map(List<String> names, UnaryOperator<String> rename) {
        return names.stream().map(rename).toList();
    }

    /** {@code <balance groupBy maintained/>}. */
    public record Balance(List<String> groupBy, boolean maintained, SourceLocation location) {
        public Balance {
            groupBy = List.copyOf(groupBy);
        }
    }

    /** {@code <minBalance groupBy min/>}: {@code min} is an SQL expression. */
    public record MinBalance(List<String> groupBy, String min) {
        public MinBalance {
            groupBy = List.copyOf(groupBy);
        }
    }

    /** {@code <event>}: exactly one of {@code input} and {@code desired} is set. */
    public record Event(String name, List<Param> params, String input, Desired desired) {
        public Event {
            params = List.copyOf(params);
        }
    }

    /** An event's parameter; {@code type} is canonical. */
    public record Param(String name, String type) {
    }

    /** {@code <desired diffKeys>query</desired>}. */
    public record Desired(List<String> diffKeys, String query) {
        public Desired {
            diffKeys = List.copyOf(diffKeys);
        }
    }
}
