/**
 * pgcraft's own dimension kinds, one package each ({@code simple}, {@code appendonly}, {@code eav},
 * {@code ledger}): the kind's {@link dev.pgcraft.model.spi.DimensionKind} (default plugins, generated columns,
 * configuration rules, surface), its plugins, names and templates. They are registered through
 * {@code META-INF/services/dev.pgcraft.model.spi.DimensionKind} like a third party's would be, and use only the SPI
 * and the shared plugins of {@code dev.pgcraft.plugins}.
 */
package dev.pgcraft.kinds;
