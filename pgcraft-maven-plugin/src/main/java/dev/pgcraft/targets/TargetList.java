package dev.pgcraft.targets;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entries of {@code pgcraft.targets}: separated by commas or line breaks (a POM can list one per line),
 * blanks ignored. An entry starting with {@code jdbc:} is a URL; any other is the id of a settings.xml
 * {@code <server>} (resolved by the caller, who can read settings).
 */
public final class TargetList {

    private TargetList() {
    }

    /** Whether {@code entry} is a JDBC URL rather than a server id. */
    public static boolean isUrl(String entry) {
        return entry.startsWith("jdbc:");
    }

    /** The entries, in the order given; fails on an empty list or an entry given twice. */
    public static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        for (String entry : text.split("[,\\r\\n]+")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        if (entries.isEmpty()) {
            throw new PgcraftException(Problem.of("PGC-TARGETS-EMPTY",
                    "pgcraft.targets is set but names no database",
                    "List JDBC URLs or settings.xml server ids, separated by commas or line breaks, e.g."
                            + " -Dpgcraft.targets=jdbc:postgresql://db1/app,jdbc:postgresql://db2/app"));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String entry : entries) {
            if (!seen.add(entry)) {
                throw new PgcraftException(Problem.of("PGC-TARGETS-DUPLICATE",
                        "pgcraft.targets names " + (isUrl(entry) ? "the URL " : "the server ")
                                + (isUrl(entry) ? new ConnectionSettings(entry, null, null).safeUrl() : entry) + " twice",
                        "Name each database once: two runs on one database would only wait for each other's"
                                + " lock."));
            }
        }
        return entries;
    }

    /** Checks {@code pgcraft.parallel}. */
    public static int parallel(int parallel) {
        if (parallel < 1) {
            throw new PgcraftException(Problem.of("PGC-TARGETS-PARALLEL",
                    "pgcraft.parallel is " + parallel + ", but at least one target must run at a time",
                    "Set pgcraft.parallel to 1 (one after the other) or more (default 4)."));
        }
        return parallel;
    }
}
