package dev.pgcraft.drift;

import dev.pgcraft.catalog.CatalogDifference;
import dev.pgcraft.embedded.EmbeddedBinaries;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code drift} found for one live database.
 *
 * @param database          the live database, its URL without a password
 * @param migrations        how messages name the migrations folder
 * @param version           the schema version in effect there
 * @param applied           how many migrations were replayed to get what it should be
 * @param schemas           the schemas compared
 * @param objectsCompared   how many objects the two catalogs held together
 * @param differences       where the live database (actual) differs from the replay (expected), sorted by key
 * @param liveMajor         the live server's PostgreSQL major version
 * @param comparisonMajor   the comparison server's PostgreSQL major version
 */
public record DriftResult(String database, String migrations, MigrationVersion version, int applied,
                          Set<String> schemas, int objectsCompared, List<CatalogDifference> differences,
                          int liveMajor, int comparisonMajor) {

    /** How the report names the database built by replaying the applied migrations. */
    public static final String EXPECTED = "migrations";
    /** How the report names the database compared. */
    public static final String ACTUAL = "live database";

    public DriftResult {
        schemas = Set.copyOf(schemas);
        differences = List.copyOf(differences);
    }

    /** Whether the live database is exactly what its applied migrations make (in the schemas compared). */
    public boolean noDrift() {
        return differences.isEmpty();
    }

    /** Each difference as the report shows it, e.g. {@code index app.ix: dropped (…)} and the definition below. */
    public List<String> described() {
        return differences.stream().map(difference -> difference.describe(EXPECTED, ACTUAL,
                "dropped (the migrations make it, the live database lacks it)",
                "added (in the live database, not made by the migrations)",
                "changed")).toList();
    }

    /** The success line, e.g. {@code No drift: jdbc:… is what its 3 applied migrations make …}. */
    public String summary() {
        return "No drift: " + database + " is what its " + appliedText() + (applied == 1 ? " makes (" : " make (")
                + objectsCompared
                + " objects compared in " + schemaText() + ").";
    }

    /** Throws the report of every difference, with what to do, unless there is no drift. */
    public void throwIfDrifted() {
        if (noDrift()) {
            return;
        }
        String list = described().stream().map(text -> "  " + text.replace("\n", "\n  "))
                .collect(Collectors.joining("\n", "\n", ""));
        String versions = liveMajor == comparisonMajor ? ""
                : " The migrations were replayed on PostgreSQL " + comparisonMajor + ", the live database runs "
                + liveMajor + ": if a definition differs only in how it is printed, "
                + (EmbeddedBinaries.hasMajor(liveMajor) ? "leave pgcraft.embedded.version unset (or set it to "
                + liveMajor + ") to replay on the same major version." : "that is why: there are no embedded"
                + " binaries of PostgreSQL " + liveMajor + " to replay on.");
        throw new PgcraftException(Problem.of("PGC-DRIFT-FOUND",
                database + " has drifted from what its " + appliedText() + (applied == 1 ? " makes; " : " make; ")
                        + differences.size()
                        + (differences.size() == 1 ? " object differs" : " objects differ") + " in "
                        + schemaText() + ":" + list,
                "Someone changed the database outside the migrations. Either undo the change there, or, if it is to"
                        + " stay, put it into the model, run pgcraft:generate and apply the new migration (review"
                        + " it first: it is written for a database without the change)." + versions));
    }

    private String appliedText() {
        return applied + (applied == 1 ? " applied migration" : " applied migrations") + " (up to version "
                + version + " in " + migrations + ")";
    }

    private String schemaText() {
        if (schemas.isEmpty()) {
            return "no schema (the migrations made no objects)";
        }
        return (schemas.size() == 1 ? "schema " : "schemas ")
                + schemas.stream().sorted().collect(Collectors.joining(", "));
    }
}
