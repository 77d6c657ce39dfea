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
 * blanks ignored; the commas of a multi-host URL ({@code jdbc:postgresql://h1,h2/db}) stay in it. An entry
 * starting with {@code jdbc:} is a URL; any other is the id of a settings.xml
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
        for (String line : text.split("[\\r\\n]+")) {
            for (String part : line.split(",")) {
                String entry = part.strip();
                int last = entries.size() - 1;
                if (last >= 0 && hostListOpen(entries.get(last))) {
                    // jdbc:postgresql://h1:5432,h2:5432/db names two hosts: the comma is the URL's own
                    entries.set(last, entries.get(last) + "," + entry);
                } else if (!entry.isEmpty()) {
                    entries.add(entry);
                }
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
                                + (isUrl(entry) ? new ConnectionSettings(entry, null, null).safeUrl() : entry)
                                + " twice",
                        "Name each database once: two runs on one database would only wait for each other's"
                                + " lock."));
            }
        }
        return entries;
    }

    // A URL whose host list has not reached the "/database" yet: a comma after it separates hosts, not entries.
    private static boolean hostListOpen(String entry) {
        String prefix = "jdbc:postgresql://";
        return entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0 && entry.indexOf('?') < 0;
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
