package dev.pgcraft.model.spec;

import dev.pgcraft.model.problem.SourceLocation;

/**
 * A dimension's {@code <exclude plugin="prefix:name"/>}: the global plugin of that namespace and name does not apply
 * to this dimension.
 *
 * @param written   the attribute as written ({@code acme:nanoid}), for messages
 * @param namespace the namespace the prefix stands for at that element
 * @param element   the plugin element's local name
 * @param location  where the exclusion is
 */
public record ExcludeSpec(String written, String namespace, String element, SourceLocation location) {
}
