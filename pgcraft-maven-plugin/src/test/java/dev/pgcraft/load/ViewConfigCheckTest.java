package dev.pgcraft.load;

import dev.pgcraft.model.problem.PgcraftException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What {@code <view>} and {@code <materializedView>} may not declare: a name a dimension or another view has, a
 * query that is not exactly one query, a column commented twice, refresh="concurrently" without a unique index on
 * plain columns, a previousName still in use.
 */
class ViewConfigCheckTest {

    @Test
    void everyViewMistakeIsReportedAtItsElement() throws Exception {
        Path file = Path.of(ViewConfigCheckTest.class.getResource("/load/views.xml").toURI());
        PgcraftException e = assertThrows(PgcraftException.class, () -> ConfigLoader.load(file, "pgcraft.xml"));
        assertEquals(List.of(
                "PGC-VIEW-DUPLICATE pgcraft.xml:6:5: <view name=\"items\"> in schema \"rpt\" has the name of a"
                        + " dimension (line 3); PostgreSQL keeps tables and views in one namespace per schema.",
                "PGC-VIEW-QUERY pgcraft.xml:10:7: The query of view rpt.two has a ';' at character 9, which would end"
                        + " the statement it is put in: it must be exactly one query.",
                "PGC-VIEW-DUPLICATE-COLUMN pgcraft.xml:12:7: Column \"one\" of view rpt.two is commented twice;"
                        + " first at line 11.",
                "PGC-VIEW-CONCURRENTLY-NEEDS-UNIQUE pgcraft.xml:14:5: Materialized view rpt.counts has"
                        + " refresh=\"concurrently\" but no unique index on plain columns (without expression and"
                        + " where); PostgreSQL refuses REFRESH MATERIALIZED VIEW CONCURRENTLY without one.",
                "PGC-VIEW-DUPLICATE pgcraft.xml:19:5: <materializedView name=\"two\"> in schema \"rpt\" has the"
                        + " name of another view (line 9); PostgreSQL keeps tables and views in one namespace per"
                        + " schema.",
                "PGC-VIEW-QUERY pgcraft.xml:20:7: The query of view rpt.two is not a query: it starts with 'UPDATE':"
                        + " it must be exactly one query.",
                "PGC-CONFIG-PREVIOUS-NAME-TAKEN pgcraft.xml:22:5: previousName \"counts\" of view rpt.renamed is the"
                        + " name of another view in schema \"rpt\" (line 14)."),
                e.problems().stream().map(p -> p.code() + " " + p.location() + ": " + p.message()).toList());
    }
}
