package dev.pgcraft.targets;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The many-target runner without a database: parallelism bound, every target attempted, fail-fast, summary. */
class TargetRunnerTest {

    private static List<Target> targets(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Target.ofUrl(new ConnectionSettings(
                "jdbc:postgresql://db:5432/t" + i + "?password=secret", "app", "pw"))).toList();
    }

    @Test
    void atMostParallelTargetsRunAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<TargetRun> runs = TargetRunner.run(targets(12), 3, false, target -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return TargetOutcome.unchanged(null, "ok");
        });
        assertEquals(12, runs.size());
        assertTrue(most.get() <= 3 && most.get() >= 2, "at most 3 at once, and more than one: " + most.get());
        assertEquals("db:5432/t1", runs.get(0).target().name(), "order kept, name without query");
    }

    @Test
    void everyTargetIsAttemptedAndTheFailuresAreReported() {
        List<TargetRun> runs = TargetRunner.run(targets(5), 2, false, target -> {
            if (target.name().endsWith("t3")) {
                throw new PgcraftException(Problem.of("PGC-TEST-BROKEN", "t3 is broken", "mend it"));
            }
            return new TargetOutcome(null, MigrationVersion.parse("2"), "applied 2");
        });
        TargetsReport report = new TargetsReport("migrate", runs);
        assertEquals(4, report.count(TargetRun.Status.SUCCEEDED));
        assertEquals(1, report.count(TargetRun.Status.FAILED));
        PgcraftException e = assertThrows(PgcraftException.class, report::throwIfFailed);
        String message = e.getMessage();
        assertTrue(message.startsWith("pgcraft:migrate on 5 targets: 4 succeeded, 1 failed\n"
                + "+------------+-------------------------------------------+-----------+"), message);
        assertTrue(message.contains("\n| Target     | URL                                       | Version   | Time "),
                message);
        assertTrue(Pattern.compile("\\| db:5432/t1 \\| jdbc:postgresql://db:5432/t1\\?password=\\*\\*\\* \\|"
                + " none -> 2 \\| +\\d+ ms \\| applied 2 +\\|").matcher(message).find(), message);
        assertTrue(Pattern.compile("\\| db:5432/t3 \\| jdbc:postgresql://db:5432/t3\\?password=\\*\\*\\* \\|"
                + " {11}\\| +\\d+ ms \\| FAILED \\(PGC-TEST-BROKEN\\) \\|").matcher(message).find(), message);
        assertTrue(message.contains("[db:5432/t3] t3 is broken [PGC-TEST-BROKEN]\n    mend it"), message);
        assertTrue(!message.contains("secret"), "no password in the summary");
    }

    @Test
    void failFastStartsNoTargetAfterTheFirstFailure() throws Exception {
        CountDownLatch firstFailed = new CountDownLatch(1);
        List<String> ran = new ArrayList<>();
        List<TargetRun> runs = TargetRunner.run(targets(6), 1, true, target -> {
            synchronized (ran) {
                ran.add(target.name());
            }
            if (target.name().endsWith("t2")) {
                firstFailed.countDown();
                throw new PgcraftException(Problem.of("PGC-TEST-BROKEN", "broken", null));
            }
            return TargetOutcome.unchanged(null, "ok");
        });
        assertTrue(firstFailed.await(1, TimeUnit.SECONDS));
        assertEquals(List.of("db:5432/t1", "db:5432/t2"), ran);
        assertEquals(List.of(TargetRun.Status.SUCCEEDED, TargetRun.Status.FAILED, TargetRun.Status.NOT_RUN,
                TargetRun.Status.NOT_RUN, TargetRun.Status.NOT_RUN, TargetRun.Status.NOT_RUN),
                runs.stream().map(TargetRun::status).toList());
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> new TargetsReport("migrate", runs).throwIfFailed());
        assertTrue(e.getMessage().contains("1 succeeded, 1 failed, 4 not run"), e.getMessage());
        assertTrue(e.getMessage().contains("not run (pgcraft.failFast)"), e.getMessage());
    }

    @Test
    void theListIsCheckedBeforeAnythingRuns() {
        assertEquals(List.of("jdbc:postgresql://a/x", "prod-eu", "jdbc:postgresql://b/x"),
                TargetList.entries(" jdbc:postgresql://a/x ,prod-eu\n\n  jdbc:postgresql://b/x\n"));
        assertEquals(List.of("jdbc:postgresql://h1:5432,h2:5432/app?targetServerType=primary", "prod-eu"),
                TargetList.entries("jdbc:postgresql://h1:5432,h2:5432/app?targetServerType=primary,prod-eu"));
        assertEquals("PGC-TARGETS-EMPTY", assertThrows(PgcraftException.class,
                () -> TargetList.entries(" ,\n ")).problems().get(0).code());
        PgcraftException twice = assertThrows(PgcraftException.class,
                () -> TargetList.entries("jdbc:postgresql://a/x?password=s3,jdbc:postgresql://a/x?password=s3"));
        assertEquals("pgcraft.targets names the URL jdbc:postgresql://a/x?password=*** twice",
                twice.problems().get(0).message());
        assertEquals("PGC-TARGETS-PARALLEL", assertThrows(PgcraftException.class,
                () -> TargetList.parallel(0)).problems().get(0).code());
    }

    @Test
    void eachTargetGetsAFileOfItsOwnBesideTheOneNamed() {
        Target url = Target.ofUrl(new ConnectionSettings("jdbc:postgresql://db:5432/app?ssl=true", null, null));
        assertEquals(Path.of("target", "plan-db_5432_app.sql"), url.fileBeside(Path.of("target", "plan.sql")));
        Target server = new Target("tenant-eu", url.connection());
        assertEquals(Path.of("plan-tenant-eu"), server.fileBeside(Path.of("plan")));
    }
}
