package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.pgcraft.testing.TestPostgres.freshDatabase;

/** Each test gets a new empty database on the shared PostgreSQL 18, an empty migrations folder and a listener. */
@DbTest
abstract class FreshDatabaseTest {

    @TempDir
    Path dir;
    ConnectionSettings db;
    final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void freshDb() {
        db = freshDatabase();
    }

    /** Writes {@code text} (as UTF-8) to {@code name} in the migrations folder. */
    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
