package dev.pgcraft.model.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A row-level-security policy ({@code CREATE POLICY}, permissive). It takes effect once the table's
 * {@link RowSecurity} is on.
 *
 * @param on        the table
 * @param name      the policy's name, unique per table
 * @param command   {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles     the roles it applies to (sorted); empty means PUBLIC
 * @param using     the USING expression (which existing rows are visible), or {@code null}
 * @param withCheck the WITH CHECK expression (which new rows may be written), or {@code null}
 * @param uses      functions (or other objects) the expressions call: they must exist first
 */
public record Policy(ObjectId on, String name, String command, List<String> roles, String using, String withCheck,
                     List<ObjectId> uses) implements DbObject {

    public Policy {
        roles = List.copyOf(roles);
        uses = List.copyOf(uses);
    }

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.POLICY, on.schema(), on.name(), name);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        Set<ObjectId> ids = new LinkedHashSet<>();
        ids.add(on);
        roles.forEach(role -> ids.add(ObjectId.role(role)));
        ids.addAll(uses);
        return ids;
    }
}
