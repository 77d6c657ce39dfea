package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link Info} against a real PostgreSQL 18. */
@DbTest
class InfoTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private static List<String> states(List<MigrationInfo> infos) {
        return infos.stream().map(i -> i.version() + " " + i.script() + " " + i.state()).toList();
    }

    @Test
    void beforeTheFirstMigrateEverythingIsPendingAndNothingIsCreated() throws IOException {
        write("V1__a.sql", "CREATE TABLE a (id int);");
        write("V2__b.sql", "CREATE TABLE b (id int);");
        ConnectionSettings db = freshDatabase();

        List<MigrationInfo> infos = Info.info(db, dir, null);

        assertEquals(List.of("1 V1__a.sql PENDING", "2 V2__b.sql PENDING"), states(infos));
        assertNull(infos.get(0).installedOn());
        assertEquals("null", queryOne(db, "SELECT to_regclass('public.pgcraft_schema_history')"));
    }

    @Test
    void showsEveryState() throws IOException {
        write("V1__a.sql", "CREATE TABLE a (id int);");
        write("V2__b.sql", "CREATE TABLE b (id int);");
        write("V3__c.sql", "CREATE TABLE c (id int);");
        write("V5__e.sql", "CREATE TABLE e (id int);");
        ConnectionSettings db = freshDatabase();
        new Migrator().migrate(MigrateOptions.of(db, dir), MigrationListener.NONE);

        write("V2__b.sql", "CREATE TABLE b (id bigint);");   // edited after it was applied
        Files.delete(dir.resolve("V3__c.sql"));              // gone
        write("V4__d.sql", "CREATE TABLE d (id int);");      // below the latest applied (5)
        write("V6__f.sql", "CREATE TABLE f (id int);");      // next

        List<MigrationInfo> infos = Info.info(db, dir, null);

        assertEquals(List.of("1 V1__a.sql APPLIED", "2 V2__b.sql CHECKSUM_MISMATCH", "3 V3__c.sql MISSING_LOCALLY",
                "4 V4__d.sql OUT_OF_ORDER", "5 V5__e.sql APPLIED", "6 V6__f.sql PENDING"), states(infos));
        MigrationInfo applied = infos.get(0);
        assertNotNull(applied.installedOn());
        assertNotNull(applied.executionMillis());
        assertEquals("c", infos.get(2).description());
        assertEquals(applied.appliedChecksum(), applied.localChecksum());
        String table = InfoTable.render(infos);
        assertEquals(10, table.lines().count(), table);
    }
}
