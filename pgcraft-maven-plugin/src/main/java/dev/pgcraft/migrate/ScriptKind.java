package dev.pgcraft.migrate;

/** Whether a file is applied as a migration or as the undo of one: its history row type and its goal. */
enum ScriptKind {
    /** A {@code V<n>__...} file, applied by migrate. */
    VERSIONED("SQL", "migrate"),
    /** A {@code U<n>__...} file, applied by undo. */
    UNDO("UNDO_SQL", "undo");

    private final String historyType;
    private final String goal;

    ScriptKind(String historyType, String goal) {
        this.historyType = historyType;
        this.goal = goal;
    }

    /** The {@code type} of its history rows (Flyway's names). */
    String historyType() {
        return historyType;
    }

    /** The goal that runs it, for messages. */
    String goal() {
        return goal;
    }
}
