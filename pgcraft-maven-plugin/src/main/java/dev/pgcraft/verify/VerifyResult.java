package dev.pgcraft.verify;

import dev.pgcraft.catalog.CatalogDifference;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code verify} found.
 *
 * @param options         what was verified
 * @param migrations      how many migrations were applied to the migrated database
 * @param objectsCompared how many objects the two catalogs held together
 * @param differences     where the migrated database (actual) differs from the model built from scratch
 *                        (expected), sorted by object key
 */
public record VerifyResult(VerifyOptions options, int migrations, int objectsCompared,
                           List<CatalogDifference> differences) {

    /** How the report names the database built from the model. */
    public static final String FROM_SCRATCH = "from-scratch database";
    /** How the report names the database built by the migrations. */
    public static final String MIGRATED = "migrated database";

    public VerifyResult {
        differences = List.copyOf(differences);
    }

    /** Whether the migrations build exactly what the model says. */
    public boolean converges() {
        return differences.isEmpty();
    }

    /** Each difference as the report shows it, e.g. {@code index dim.ix: only in migrated database} and below. */
    public List<String> described() {
        return differences.stream().map(difference -> difference.describe(FROM_SCRATCH, MIGRATED)).toList();
    }

    /** The success line, e.g. {@code Verified: 5 migrations give the same catalog as …}. */
    public String summary() {
        return "Verified: " + migrations + (migrations == 1 ? " migration gives" : " migrations give")
                + " the same catalog as the model built from scratch (" + objectsCompared + " objects compared).";
    }

    /** Throws the report of every difference, with what to do, unless the migrations converge. */
    public void throwIfDifferent() {
        if (converges()) {
            return;
        }
        String applied = migrations == 0 ? "Applying no migrations (there are none in "
                + options.migrationsDisplayName() + ")"
                : "Applying the " + migrations + (migrations == 1 ? " migration" : " migrations") + " in "
                + options.migrationsDisplayName();
        String list = described().stream().map(text -> "  " + text.replace("\n", "\n  "))
                .collect(Collectors.joining("\n", "\n", ""));
        throw new PgcraftException(Problem.of("PGC-VERIFY-DIFFERENT",
                applied + " gives another catalog than building " + options.configDisplayName()
                        + " from scratch; " + differences.size()
                        + (differences.size() == 1 ? " object differs:" : " objects differ:") + list,
                "If " + options.configDisplayName() + " changed since the last pgcraft:generate, run"
                        + " pgcraft:generate: a model change not generated yet shows up here as differences."
                        + " Do not edit generated migrations: if one was edited by hand, restore it"
                        + " (e.g. git checkout -- <file>) and put the change into the model instead."));
    }
}
