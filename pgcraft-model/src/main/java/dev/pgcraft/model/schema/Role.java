package dev.pgcraft.model.schema;

import java.util.List;
import java.util.Set;

/**
 * A cluster-wide role, e.g. PostgREST's anonymous role. pgcraft never stores passwords: login roles get theirs
 * out of band.
 *
 * @param name      role name
 * @param login     whether the role may log in
 * @param memberOf  roles this role is granted (sorted)
 * @param noInherit whether the role does NOT use the privileges of the roles it is a member of until it switches
 *                  to one ({@code NOINHERIT}, what PostgREST's authenticator needs); {@code false} is PostgreSQL's
 *                  default, INHERIT, which is also what a snapshot written before roles carried it means
 */
public record Role(String name, boolean login, List<String> memberOf, boolean noInherit) implements DbObject {

    public Role {
        memberOf = List.copyOf(memberOf);
    }

    /** A role that inherits the privileges of the roles it is a member of (PostgreSQL's default). */
    public Role(String name, boolean login, List<String> memberOf) {
        this(name, login, memberOf, false);
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
