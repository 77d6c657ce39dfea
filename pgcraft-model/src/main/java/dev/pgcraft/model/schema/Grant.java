package dev.pgcraft.model.schema;

import java.util.List;
import java.util.Set;

/**
 * Privileges of a role on an object.
 *
 * @param on         the object (schema, table, view or function)
 * @param role       grantee
 * @param privileges privileges in PostgreSQL's canonical order, e.g. {@code SELECT}, {@code INSERT}, {@code USAGE}
 */
public record Grant(ObjectId on, String role, List<String> privileges) implements DbObject {

    public Grant {
        privileges = List.copyOf(privileges);
    }

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.GRANT, on.schema(), on.kind().name().toLowerCase(java.util.Locale.ROOT)
                + ":" + (on.table() == null ? "" : on.table() + ".") + on.name(), role);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of(on, ObjectId.role(role));
    }
}
