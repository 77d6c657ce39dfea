/**
 * An example third-party pgcraft plugin, written against {@code pgcraft-model}'s SPI only. Namespace
 * {@value dev.pgcraft.examples.softdelete.SoftDelete#NAMESPACE}:
 * <ul>
 *   <li>{@code <sd:softDelete column="deleted_at"/>}: a model transform ({@link RowStateTransform}) adds the column
 *       to every simple dimension it applies to; a dimension plugin ({@link SoftDeletePlugin}) indexes the live rows
 *       and produces the context key {@code softDelete};</li>
 *   <li>{@code <sd:archive column="archived_at"/>}: the same for archived rows ({@link ArchivePlugin}), in the
 *       singleton group {@value dev.pgcraft.examples.softdelete.SoftDelete#GROUP} with softDelete;</li>
 *   <li>{@code <sd:purge/>}: a function deleting old soft-deleted rows ({@link PurgePlugin}), which requires
 *       {@code softDelete};</li>
 *   <li>{@code <sd:keyValue name="…">} inside a {@code <schema>}: a dimension kind ({@link KeyValueKind}), a
 *       key-value table and its JSON view.</li>
 * </ul>
 * The factories are listed in {@code META-INF/services/dev.pgcraft.model.spi.PluginFactory}, the kind in
 * {@code META-INF/services/dev.pgcraft.model.spi.DimensionKind}, the XSD in
 * {@code META-INF/pgcraft/schemas.properties}.
 */
package dev.pgcraft.examples.softdelete;
