package dev.pgcraft.model.schema;

import java.util.List;
import java.util.Set;

/**
 * A cluster-wide role, e.g. PostgREST's anonymous role. pgcraft never stores passwords: login roles get theirs
 * out of band.
 *
 * @param name    role name
 * @param login   whether the role may log in
 * @param memberOf roles this role is granted (sorted)
 */
public record Role(String name, boolean login, List<String> memberOf) implements DbObject {

    public Role {
        memberOf = List.copyOf(memberOf);
    }

    @Override
    public ObjectId id() {
        return ObjectId.role(name);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        // The roles it is granted must exist first.
        return memberOf.stream().map(ObjectId::role).collect(java.util.stream.Collectors.toCollection(
                java.util.LinkedHashSet::new));
    }
}
