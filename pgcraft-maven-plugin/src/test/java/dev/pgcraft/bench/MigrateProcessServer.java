package dev.pgcraft.bench;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.embedded.EmbeddedOptions;
import dev.pgcraft.embedded.EmbeddedPostgresServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server and the files {@code migrate-process.sh} measures whole Maven processes against: writes
 * {@link MigrateBenchmark}'s small migration files and the {@code psql} script that sends the same statements (the
 * floor), starts an embedded PostgreSQL 18, writes its port and user, and keeps it running until the stop file
 * appears. A program of its own because the Maven processes being timed must not start or stop a server themselves.
 *
 * <p>Arguments: {@code <migrations folder> <files> <psql script> <settings file> <stop file>}. The settings file is
 * written last, so the script can wait for it.
 */
public final class MigrateProcessServer {

    private MigrateProcessServer() {
    }

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path psqlScript = Path.of(args[2]);
        Path settings = Path.of(args[3]);
        Path stop = Path.of(args[4]);
        Files.createDirectories(migrations);
        MigrateBenchmark.writeFiles(migrations, count);
        Files.writeString(psqlScript, MigrateBenchmark.psqlScript(migrations), StandardCharsets.UTF_8);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedOptions.defaults())) {
            ConnectionSettings admin = server.connectionSettings();
            Path written = settings.resolveSibling(settings.getFileName() + ".tmp");
            Files.writeString(written, "port=" + server.port() + "\nuser=" + admin.user() + "\n",
                    StandardCharsets.UTF_8);
            Files.move(written, settings);
            while (!Files.exists(stop)) {
                Thread.sleep(200);
            }
        }
    }
}
