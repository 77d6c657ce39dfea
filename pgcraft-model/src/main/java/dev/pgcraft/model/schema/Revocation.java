package dev.pgcraft.model.schema;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A privilege PostgreSQL grants {@code PUBLIC} by default, taken away: {@code REVOKE EXECUTE ON FUNCTION … FROM
 * PUBLIC}. Every role may call a new function until this is done, so a model that lets untrusted roles in (the
 * PostgREST extension's API roles) revokes it on its functions and grants EXECUTE only where a role needs it. State,
 * like a {@link Grant}: removed from the model, it gives the default back ({@code GRANT … TO PUBLIC}); on a function
 * dropped and recreated, it is applied again.
 *
 * @param on         the object (a function)
 * @param privileges the default privileges taken from {@code PUBLIC}, e.g. {@code EXECUTE}
 */
public record Revocation(ObjectId on, List<String> privileges) implements DbObject {

    /** The pseudo-role every role belongs to; written unquoted (a quoted {@code "PUBLIC"} would be a role's name). */
    public static final String PUBLIC = "PUBLIC";

    public Revocation {
        privileges = List.copyOf(privileges);
    }

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.REVOCATION, on.schema(), on.kind().name().toLowerCase(Locale.ROOT) + ":"
                + (on.table() == null ? "" : on.table() + ".") + on.name(), PUBLIC);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of(on);
    }
}
