package dev.pgcraft.postgrest;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.model.schema.Grant;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.resolve.Resolver;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static dev.pgcraft.testing.TestPostgres.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Grants are state: after each step of the {@code postgrest} golden case (expose, narrow, widen, drop an exposure,
 * switch to invoker mode) and of the {@code postgrest-views} one (expose a view and a materialized view, recreate
 * them under a column type change, narrow, drop an exposure) is migrated, the matrix role × relation × verb that {@code has_table_privilege} reports on every relation of the
 * api and dimension schemas is exactly the model's grants — nothing a step stopped declaring survives, nothing is
 * held on a raw table — and the authenticator is a member of exactly the model's roles.
 */
@DbTest
class PrivilegeMatrixOnPostgresTest {

    private static final Registry REGISTRY = Registry.load(PrivilegeMatrixOnPostgresTest.class.getClassLoader());

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"postgrest", "postgrest-views"})
    void afterEveryStepThePrivilegesAreTheModels(String goldenCase) throws Exception {
        Path golden = Path.of(getClass().getResource("/generate/" + goldenCase).toURI());
        Path migrations = Files.createDirectories(temp.resolve("migrations"));
        ConnectionSettings db = TestPostgres.freshDatabase();
        int steps;
        try (var files = Files.list(golden.resolve("steps"))) {
            steps = (int) files.count();
        }
        for (int step = 1; step <= steps; step++) {
            int upTo = step;
            try (var files = Files.list(golden.resolve("expected"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("V") && stepOf(f) <= upTo)
                        .toList()) {
                    Files.copy(file, migrations.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            new Migrator().migrate(MigrateOptions.of(db, migrations), MigrationListener.NONE);
            SchemaState model = new Resolver(line -> { }, REGISTRY).resolve(ConfigLoader.spec(
                    golden.resolve("steps/" + step + ".xml"), step + ".xml", REGISTRY));
            assertEquals(expected(model), actual(db), "privileges after step " + step);
            // A dropped role another database of the cluster still uses is kept, and so is its membership.
            Set<String> members = new TreeSet<>(query(db, "SELECT r.rolname FROM pg_auth_members m"
                    + " JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles a ON a.oid = m.member"
                    + " WHERE a.rolname = 'gold_authenticator'"));
            Set<String> expectedMembers = memberships(model);
            List<String> usedElsewhere = query(db, "SELECT r.rolname FROM pg_shdepend d"
                    + " JOIN pg_roles r ON r.oid = d.refobjid"
                    + " WHERE d.dbid <> (SELECT oid FROM pg_database WHERE datname = current_database())");
            members.removeIf(role -> !expectedMembers.contains(role) && usedElsewhere.contains(role));
            assertEquals(expectedMembers, members, "memberships after step " + step);
        }
    }

    private static int stepOf(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** role|schema.relation|VERB for every relation grant of the model. */
    private static Set<String> expected(SchemaState model) {
        Set<String> matrix = new TreeSet<>();
        for (var object : model.objects()) {
            if (object instanceof Grant grant && (grant.on().kind() == ObjectKind.TABLE
                    || grant.on().kind() == ObjectKind.VIEW)) {
                grant.privileges().forEach(p -> matrix.add(grant.role() + "|" + grant.on().schema() + "."
                        + grant.on().name() + "|" + p.toUpperCase(Locale.ROOT)));
            }
        }
        return matrix;
    }

    private static Set<String> memberships(SchemaState model) {
        return model.objects().stream().filter(o -> o instanceof Role role && role.login())
                .flatMap(o -> ((Role) o).memberOf().stream()).collect(java.util.stream.Collectors.toCollection(
                        TreeSet::new));
    }

    /** The same from the catalog, for every gold_ role that exists (roles are cluster-wide: one may linger). */
    private static Set<String> actual(ConnectionSettings db) {
        return new TreeSet<>(query(db, """
                SELECT r.rolname || '|' || n.nspname || '.' || c.relname || '|' || v.verb
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN pg_roles r
                CROSS JOIN (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE')) v(verb)
                WHERE n.nspname IN ('api', 'dim', 'ops', 'rpt') AND c.relkind IN ('r', 'v', 'm')
                  AND r.rolname LIKE 'gold\\_%'
                  AND has_table_privilege(r.oid, c.oid, v.verb)
                """));
    }
}
