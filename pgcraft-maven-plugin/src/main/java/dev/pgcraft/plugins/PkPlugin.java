package dev.pgcraft.plugins;

import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.SingletonGroup;

/** The dimension's {@code id} column, in one of pgcraft's four flavours. */
@Produces("pk")
@SingletonGroup("pk")
public final class PkPlugin implements Plugin {

    /** The key column's name for every pk type; users may not declare a column of that name. */
    public static final String COLUMN = PrimaryKey.COLUMN;

    /** {@code uuidv7()} is built in from PostgreSQL 18 on. */
    static final int UUIDV7_MIN_MAJOR = 18;

    private final PkType type;

    public PkPlugin(PkType type) {
        this.type = type;
    }

    @Override
    public String name() {
        return "pk(" + type.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    @Override
    public void apply(PluginContext context) {
        context.put(CoreKeys.PK, new PrimaryKey(column()));
        if (type == PkType.UUIDV7) {
            context.require(new VersionRequirement(UUIDV7_MIN_MAJOR,
                    "uuidv7() primary keys (<pk type=\"uuidv7\"/>)"));
        }
    }

    private Column column() {
        return switch (type) {
            case IDENTITY -> new Column(COLUMN, "bigint", false, null, Identity.BY_DEFAULT);
            // serial is a pseudo-type: PostgreSQL turns it into integer + an owned sequence + a default.
            case SERIAL -> new Column(COLUMN, "serial", false, null, Identity.NONE);
            case UUIDV4 -> new Column(COLUMN, "uuid", false, "gen_random_uuid()", Identity.NONE);
            case UUIDV7 -> new Column(COLUMN, "uuid", false, "uuidv7()", Identity.NONE);
        };
    }
}
