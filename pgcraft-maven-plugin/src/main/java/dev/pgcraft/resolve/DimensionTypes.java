package dev.pgcraft.resolve;

import dev.pgcraft.plugins.AppendOnlyDimension;
import dev.pgcraft.plugins.EavDimension;
import dev.pgcraft.plugins.SimpleDimension;
import dev.pgcraft.plugins.ledger.LedgerDimension;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dimension kinds pgcraft knows, by XML element name. */
public final class DimensionTypes {

    private static final Map<String, DimensionType> BY_KIND = List.<DimensionType>of(new SimpleDimension(),
            new AppendOnlyDimension(), new EavDimension(), new LedgerDimension())
            .stream().collect(Collectors.toUnmodifiableMap(DimensionType::kind, Function.identity()));

    private DimensionTypes() {
    }

    public static Optional<DimensionType> forKind(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }

    public static DimensionType of(String kind) {
        return forKind(kind).orElseThrow(() -> new IllegalStateException("no dimension type '" + kind + "'"));
    }
}
