package dev.pgcraft.model.spec;

import java.util.function.UnaryOperator;

/**
 * What a dimension kind declares beyond columns, checks and indexes (a ledger's balances and events). The kind that
 * reads it from the file also reads it here, through {@link DimensionSpec#part(Class)}.
 */
public interface KindPart {

    /** A kind with nothing of its own. */
    KindPart NONE = rename -> KindPart.NONE;

    /**
     * The same part with every column name it mentions mapped through {@code rename}: how a column rename reaches
     * a kind's own references to columns (a ledger's {@code groupBy}).
     */
    KindPart withColumnNames(UnaryOperator<String> rename);
}
