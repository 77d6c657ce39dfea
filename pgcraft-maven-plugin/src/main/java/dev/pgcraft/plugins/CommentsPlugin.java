package dev.pgcraft.plugins;

import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;

/** The dimension's and its columns' {@code comment} attributes, as {@code COMMENT ON}. */
@Requires("table")
public final class CommentsPlugin implements Plugin {

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public void apply(PluginContext context) {
        addComments(context, context.get(CoreKeys.TABLE).id());
    }

    /** The comments on {@code on}: the table, or the view of a dimension written through a view. */
    public static void addComments(PluginContext context, ObjectId on) {
        if (context.dimension().comment() != null) {
            context.add(new Comment(on, null, context.dimension().comment()));
        }
        for (ColumnSpec column : context.dimension().columns()) {
            if (column.comment() != null) {
                context.add(new Comment(on, column.name(), column.comment()));
            }
        }
    }
}
