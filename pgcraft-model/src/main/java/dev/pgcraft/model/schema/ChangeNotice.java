package dev.pgcraft.model.schema;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code NOTIFY} that {@code migrate} sends once at the end of a run that applied at least one migration changing an
 * object in one of {@code schemas}, whatever the number of such files: how a server that caches the catalog
 * (PostgREST's schema cache, channel {@code pgrst}) learns to reload. Not a database object: the generator writes it
 * as a {@code -- pgcraft:notify channel payload} directive into the migrations it concerns, and it is not stored in
 * the snapshot.
 *
 * @param channel the channel, an identifier
 * @param payload the payload, e.g. {@code reload schema}
 * @param schemas the schemas whose changes call for it (sorted)
 */
public record ChangeNotice(String channel, String payload, Set<String> schemas) {

    public ChangeNotice {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(payload, "payload");
        if (!channel.matches("[A-Za-z_][A-Za-z0-9_]*") || payload.contains("\n")) {
            throw new IllegalArgumentException("a notice's channel is an identifier and its payload one line: "
                    + channel + " " + payload);
        }
        schemas = Set.copyOf(new TreeSet<>(schemas));
    }

    /** Whether a change to {@code id} calls for this notice. */
    public boolean concerns(ObjectId id) {
        return id.schema() != null && schemas.contains(id.schema());
    }
}
