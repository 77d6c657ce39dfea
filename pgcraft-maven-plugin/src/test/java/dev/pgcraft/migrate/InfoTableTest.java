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
                        LocalDateTime.of(2026, 11, 22, 10, 15, 30), 12, "sha256:a", "sha256:a"),
                new MigrationInfo(MigrationVersion.parse("10"), "add prices", "V10__add_prices.sql",
                        MigrationState.PENDING, null, null, null, "sha256:b"));
        assertEquals("""
                +---------+-------------+---------+---------------------+-------+
                | Version | Description | State   | Installed on        | Time  |
                +---------+-------------+---------+---------------------+-------+
                | 1       | init        | Applied | 2026-11-22 10:15:30 | 12 ms |
                | 10      | add prices  | Pending |                     |       |
                +---------+-------------+---------+---------------------+-------+
                """, InfoTable.render(infos));
    }

    @Test
    void saysSoWhenThereIsNothing() {
        assertEquals("""
                +---------+-------------+-------+--------------+------+
                | Version | Description | State | Installed on | Time |
                +---------+-------------+-------+--------------+------+
                | No migrations found                                 |
                +---------+-------------+-------+--------------+------+
                """, InfoTable.render(List.of()));
    }
}
