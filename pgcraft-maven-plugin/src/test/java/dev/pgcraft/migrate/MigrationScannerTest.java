package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationScannerTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void findsMigrationsSortedByVersionAndIgnoresOtherFiles() throws IOException {
        write("V10__ten.sql", "SELECT 10;");
        write("V2__add_prices_table.sql", "SELECT 2;");
        write("V1_1__between.sql", "SELECT 11;");
        write("V1__init.sql", "SELECT 1;");
        write("U2__add_prices_table.sql", "SELECT -2;");
        write("pgcraft-snapshot.json", "{}");
        write("README.md", "notes");
        Files.createDirectory(dir.resolve("V3__a_directory.sql"));

        List<MigrationFile> files = MigrationScanner.scan(dir);

        assertEquals(List.of("V1__init.sql", "V1_1__between.sql", "V2__add_prices_table.sql", "V10__ten.sql"),
                files.stream().map(MigrationFile::script).toList());
        MigrationFile prices = files.get(2);
        assertEquals(MigrationVersion.parse("2"), prices.version());
        assertEquals("add prices table", prices.description());
        assertEquals("1.1", files.get(1).version().toString());
        assertEquals(Checksum.of("SELECT 2;"), prices.checksum());
        assertEquals(dir.resolve("V2__add_prices_table.sql"), prices.path());
        assertEquals(0, prices.minPostgresqlMajor());
    }

    @Test
    void versionsComeFromTheNamesAloneWithoutReadingTheFiles() throws IOException {
        write("V10__ten.sql", "SELECT 10;");
        write("V2__two.sql", "SELECT 2;");
        write("U2__two.sql", "SELECT -2;");
        write("pgcraft-snapshot.json", "{}");
        // Not valid UTF-8: scan refuses it, but generate only needs the version from its name.
        Files.write(dir.resolve("V1__latin1.sql"), new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', (byte) 0xE9, ';'});

        assertEquals(List.of("1", "2", "10"),
                MigrationScanner.versions(dir).stream().map(MigrationVersion::toString).toList());
        assertThrows(PgcraftException.class, () -> MigrationScanner.scan(dir));
        assertEquals(List.of(), MigrationScanner.versions(dir.resolve("nope")));
    }

    @Test
    void versionsRefuseMisnamedFilesAndDuplicateVersionsLikeScan() throws IOException {
        write("V3__add_prices.sql", "SELECT 1;");
        write("V3__add_features.sql", "SELECT 2;");
        write("v4_lower.sql", "SELECT 4;");

        PgcraftException names = assertThrows(PgcraftException.class, () -> MigrationScanner.versions(dir));
        PgcraftException scan = assertThrows(PgcraftException.class, () -> MigrationScanner.scan(dir));
        assertEquals(scan.problems().stream().map(Problem::code).sorted().toList(),
                names.problems().stream().map(Problem::code).sorted().toList());
        assertEquals(scan.problems().stream().map(Problem::message).sorted().toList(),
                names.problems().stream().map(Problem::message).sorted().toList());
    }

    @Test
    void missingDirectoryHasNoMigrations() {
        assertEquals(List.of(), MigrationScanner.scan(dir.resolve("nope")));
    }

    @Test
    void sameVersionTwiceNamesBothFiles() throws IOException {
        write("V3__add_prices.sql", "SELECT 1;");
        write("V3__add_features.sql", "SELECT 2;");
        write("V1__init.sql", "SELECT 0;");

        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scan(dir));

        Problem problem = e.problems().get(0);
        assertEquals("PGC-MIGRATE-DUPLICATE-VERSION", problem.code());
        assertEquals("Two migrations have version 3: V3__add_features.sql and V3__add_prices.sql"
                + " (two branches both generated V3)", problem.message());
        assertTrue(problem.fix().startsWith("Regenerate one of them"), problem.fix());
    }

    @Test
    void versionsEqualNumericallyAreDuplicates() throws IOException {
        write("V1__a.sql", "SELECT 1;");
        write("V1.0__b.sql", "SELECT 2;");
        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scan(dir));
        assertEquals("PGC-MIGRATE-DUPLICATE-VERSION", e.problems().get(0).code());
    }

    @Test
    void misnamedMigrationsAreErrorsNotSilentlySkipped() throws IOException {
        write("V1_init.sql", "SELECT 1;");
        write("v2__lower.sql", "SELECT 2;");
        write("V3.sql", "SELECT 3;");
        write("V4__.sql", "SELECT 4;");

        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scan(dir));

        List<Problem> problems = e.problems();
        assertEquals(4, problems.size(), e.getMessage());
        assertTrue(problems.stream().allMatch(p -> p.code().equals("PGC-MIGRATE-MISNAMED")));
        Problem first = problems.get(0);
        assertEquals(dir.resolve("V1_init.sql").toString(), first.location().file());
        assertEquals("V1_init.sql looks like a migration but is not named V<version>__<description>.sql,"
                + " so it would never be applied", first.message());
        assertTrue(first.fix().startsWith("Rename it, e.g. to V1__init.sql "), first.fix());
        assertTrue(problems.get(3).fix().startsWith("Rename it, e.g. to V2__lower.sql "), problems.get(3).fix());
    }

    @Test
    void readsTheMinPostgresqlDirectiveFromTheHeaderOnly() throws IOException {
        write("V1__uuid.sql", """
                -- Generated by pgcraft
                --   pgcraft:min-postgresql 17 json_table()
                -- pgcraft:min-postgresql 18 uuidv7() primary keys

                CREATE TABLE a (id uuid DEFAULT uuidv7());
                -- pgcraft:min-postgresql 99 not in the header, ignored
                """);
        write("V2__plain.sql", "SELECT 1;\n-- pgcraft:min-postgresql 18 too late\n");

        List<MigrationFile> files = MigrationScanner.scan(dir);

        assertEquals(18, files.get(0).minPostgresqlMajor());
        assertEquals("uuidv7() primary keys", files.get(0).minPostgresqlReason());
        assertEquals(0, files.get(1).minPostgresqlMajor());
    }

    @Test
    void malformedDirectiveIsAnError() throws IOException {
        write("V1__x.sql", "-- pgcraft:min-postgresql eighteen\nSELECT 1;");
        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scan(dir));
        assertEquals("PGC-MIGRATE-DIRECTIVE", e.problems().get(0).code());
        assertEquals(1, e.problems().get(0).location().line());
    }

    @Test
    void bomAndCrlfAreNormalisedInTextAndChecksum() throws IOException {
        Files.write(dir.resolve("V1__x.sql"), "\uFEFFSELECT 1;\r\nSELECT 2;\r\n".getBytes(StandardCharsets.UTF_8));
        MigrationFile file = MigrationScanner.scan(dir).get(0);
        assertEquals("SELECT 1;\nSELECT 2;\n", file.text());
        assertEquals(Checksum.of("SELECT 1;\nSELECT 2;\n"), file.checksum());
    }

    @Test
    void invalidUtf8IsAnError() throws IOException {
        Files.write(dir.resolve("V1__x.sql"), new byte[] {'S', (byte) 0xff, ';'});
        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scan(dir));
        assertEquals("PGC-MIGRATE-ENCODING", e.problems().get(0).code());
    }

    @Test
    void scanAllReturnsUndoFilesBesideTheirMigrations() throws IOException {
        write("V1__init.sql", "CREATE TABLE a (id int);");
        write("V2__add_b.sql", "CREATE TABLE b (id int);");
        write("U2__add_b.sql", "DROP TABLE b;");

        MigrationFiles files = MigrationScanner.scanAll(dir);

        assertEquals(List.of("V1__init.sql", "V2__add_b.sql"),
                files.versioned().stream().map(MigrationFile::script).toList());
        assertEquals(List.of("U2__add_b.sql"), files.undo().stream().map(MigrationFile::script).toList());
        MigrationFile undo = files.undoFor(MigrationVersion.parse("2"));
        assertEquals("add b", undo.description());
        assertEquals(Checksum.of("DROP TABLE b;"), undo.checksum());
        assertEquals(List.of(new SqlStatement("DROP TABLE b", 1, 1)), undo.statements());
        assertEquals(null, files.undoFor(MigrationVersion.parse("1")));
        assertEquals(files.versioned(), MigrationScanner.scan(dir));
    }

    @Test
    void undoFileWithoutItsMigrationIsAnError() throws IOException {
        write("V1__init.sql", "SELECT 1;");
        write("U1__init.sql", "SELECT -1;");
        write("U2__orphan.sql", "SELECT -2;");

        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scan(dir));

        assertEquals(List.of(new Problem("PGC-MIGRATE-UNDO-WITHOUT-MIGRATION",
                SourceLocation.of(dir.resolve("U2__orphan.sql").toString()),
                "U2__orphan.sql undoes version 2, but " + dir + " has no migration V2__<description>.sql",
                "Delete it, or rename it to the version of the migration it undoes.")), e.problems());
    }

    @Test
    void undoFilesAreCheckedLikeMigrations() throws IOException {
        write("V1__init.sql", "SELECT 1;");
        write("U1__a.sql", "SELECT -1;");
        write("U1.0__b.sql", "SELECT -1;");
        write("u2_lower.sql", "SELECT -2;");
        Files.write(dir.resolve("V3__x.sql"), "SELECT 3;".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("U3__x.sql"), new byte[] {'S', (byte) 0xff, ';'});

        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scanAll(dir));

        List<Problem> problems = e.problems();
        assertEquals(List.of("PGC-MIGRATE-DUPLICATE-VERSION", "PGC-MIGRATE-ENCODING", "PGC-MIGRATE-MISNAMED"),
                problems.stream().map(Problem::code).toList(), e.getMessage());
        assertEquals("Two undo files have version 1.0: U1.0__b.sql and U1__a.sql (two branches both generated U1.0)",
                problems.get(0).message());
        assertEquals("u2_lower.sql looks like an undo file but is not named U<version>__<description>.sql,"
                + " so it would never be used", problems.get(2).message());
        assertTrue(problems.get(2).fix().startsWith("Rename it, e.g. to U2__lower.sql (capital U, "),
                problems.get(2).fix());
    }

    @Test
    void misplacedNonTransactionalMarkerIsAnErrorAtItsFileAndLine() throws IOException {
        write("V1__x.sql", "SELECT 1;\n-- pgcraft:non-transactional\nSELECT 2;\n-- pgcraft:non-transactional\n");

        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scan(dir));

        Problem problem = e.problems().get(0);
        assertEquals("PGC-MIGRATE-NON-TRANSACTIONAL-MARKER", problem.code());
        assertEquals(new SourceLocation(dir.resolve("V1__x.sql").toString(), 4, 0), problem.location());
    }

    @Test
    void statementsAfterTheMarkerAreTheNonTransactionalPart() throws IOException {
        write("V1__x.sql",
                "CREATE TABLE t (v int);\n-- pgcraft:non-transactional\nCREATE INDEX CONCURRENTLY i ON t (v);\n");
        write("V2__y.sql", "SELECT 1;\n");

        List<MigrationFile> files = MigrationScanner.scan(dir);

        assertTrue(files.get(0).hasNonTransactionalPart());
        assertEquals(List.of("CREATE TABLE t (v int)"),
                files.get(0).transactionalStatements().stream().map(SqlStatement::sql).toList());
        assertEquals(List.of("CREATE INDEX CONCURRENTLY i ON t (v)"),
                files.get(0).nonTransactionalStatements().stream().map(SqlStatement::sql).toList());
        assertEquals(false, files.get(1).hasNonTransactionalPart());
    }
}
