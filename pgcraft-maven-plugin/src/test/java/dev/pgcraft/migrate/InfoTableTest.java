package dev.pgcraft.migrate;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InfoTableTest {

    @Test
    void rendersAlignedColumns() {
        List<MigrationInfo> infos = List.of(
                new MigrationInfo(MigrationVersion.parse("1"), "init", "V1__init.sql", MigrationState.APPLIED,
                        LocalDateTime.of(2026, 11, 22, 10, 15, 30), 12, "sha256:a", "sha256:a", null),
                new MigrationInfo(MigrationVersion.parse("10"), "add prices", "V10__add_prices.sql",
                        MigrationState.PENDING, null, null, null, "sha256:b", "U10__add_prices.sql"));
        assertEquals("""
                +---------+-------------+---------+------+---------------------+-------+
                | Version | Description | State   | Undo | Installed on        | Time  |
                +---------+-------------+---------+------+---------------------+-------+
                | 1       | init        | Applied | no   | 2026-11-22 10:15:30 | 12 ms |
                | 10      | add prices  | Pending | yes  |                     |       |
                +---------+-------------+---------+------+---------------------+-------+
                """, InfoTable.render(infos));
    }

    @Test
    void showsUndoneAndIncompleteAndNoUndoAnswerForABaseline() {
        List<MigrationInfo> infos = List.of(
                new MigrationInfo(MigrationVersion.parse("1"), "existing schema", "<< Baseline >>",
                        MigrationState.BASELINE, LocalDateTime.of(2026, 1, 2, 3, 4, 5), 0, null, null, null),
                new MigrationInfo(MigrationVersion.parse("2"), "index prices", "V2__index_prices.sql",
                        MigrationState.INCOMPLETE, LocalDateTime.of(2026, 1, 3, 3, 4, 5), 7, "sha256:c",
                        "sha256:c", "U2__index_prices.sql"),
                new MigrationInfo(MigrationVersion.parse("3"), "add tax", "V3__add_tax.sql", MigrationState.UNDONE,
                        LocalDateTime.of(2026, 1, 4, 3, 4, 5), 3, "sha256:u", "sha256:d", "U3__add_tax.sql"));
        assertEquals("""
                +---------+-----------------+------------+------+---------------------+------+
                | Version | Description     | State      | Undo | Installed on        | Time |
                +---------+-----------------+------------+------+---------------------+------+
                | 1       | existing schema | Baseline   |      | 2026-01-02 03:04:05 | 0 ms |
                | 2       | index prices    | Incomplete | yes  | 2026-01-03 03:04:05 | 7 ms |
                | 3       | add tax         | Undone     | yes  | 2026-01-04 03:04:05 | 3 ms |
                +---------+-----------------+------------+------+---------------------+------+
                """, InfoTable.render(infos));
    }

    @Test
    void saysSoWhenThereIsNothing() {
        assertEquals("""
                +---------+-------------+-------+------+--------------+------+
                | Version | Description | State | Undo | Installed on | Time |
                +---------+-------------+-------+------+--------------+------+
                | No migrations found                                        |
                +---------+-------------+-------+------+--------------+------+
                """, InfoTable.render(List.of()));
    }
}
