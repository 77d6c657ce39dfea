package dev.pgcraft.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The chain hash over a snapshot's known migrations, as in a hash chain: each link hashes the link before it
 * together with one migration's version, file name and checksum. Checksums alone say that a file changed; the
 * chain also says that the snapshot's own list was changed (an entry edited, dropped or reordered by hand or by a
 * bad merge), and where: the first link that does not recompute is where the history diverges.
 *
 * <pre>
 * chain_0 = ""
 * chain_i = sha256hex(chain_{i-1} + "\n" + version_i + "\n" + script_i + "\n" + checksum_i)
 * </pre>
 */
public final class MigrationChain {

    /** The link before the first migration. */
    public static final String START = "";

    private MigrationChain() {
    }

    /** The link after {@code previous} for one migration: 64 lowercase hex digits. */
    public static String next(String previous, String version, String script, String checksum) {
        String input = previous + "\n" + version + "\n" + script + "\n" + checksum;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The chain recomputed from the migrations' versions, scripts and checksums, one link per migration. */
    public static List<String> of(List<KnownMigration> migrations) {
        List<String> links = new ArrayList<>();
        String link = START;
        for (KnownMigration migration : migrations) {
            link = next(link, migration.version(), migration.script(), migration.checksum());
            links.add(link);
        }
        return links;
    }

    /** The last link of {@code links}, or {@link #START} when there is none. */
    public static String head(List<String> links) {
        return links.isEmpty() ? START : links.get(links.size() - 1);
    }

    /** The migrations with their chain computed; for snapshots written before the chain existed (format 1). */
    static List<KnownMigration> linked(List<KnownMigration> migrations) {
        List<String> links = of(migrations);
        List<KnownMigration> linked = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            KnownMigration migration = migrations.get(i);
            linked.add(new KnownMigration(migration.version(), migration.script(), migration.checksum(),
                    links.get(i)));
        }
        return linked;
    }
}
