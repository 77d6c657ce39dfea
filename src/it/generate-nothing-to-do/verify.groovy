// Run 1 wrote V1 and the snapshot; run 2 said "Nothing to generate" and wrote nothing: no V2, and neither file
// was modified after run 2 started.
import java.text.SimpleDateFormat

def fail = { String why -> throw new AssertionError(why) }
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def migrations = new File(basedir, 'src/main/resources/db/migration')

def files = migrations.list().sort()
if (files != ['U1__init.sql', 'V1__init.sql', 'pgcraft-snapshot.json']) fail("expected only V1, its undo and the snapshot, found ${files}")

def wrote = lines.findAll { it.contains('[INFO] Wrote src/main/resources/db/migration/V1__init.sql (') }
if (wrote.size() != 1) fail("expected run 1 to write V1 once, log has ${wrote.size()} 'Wrote' lines")
// Under the Wrote line, what V1 does, one aligned line per verb.
def summary = lines[lines.indexOf(wrote[0]) + 1]
if (!summary.endsWith('[INFO]   creates  1 schema, 1 table, 1 constraint')) fail("unexpected summary line: ${summary}")
def nothing = lines.findAll {
    it.endsWith('[INFO] Nothing to generate: src/main/pgcraft/pgcraft.xml matches the snapshot in '
            + 'src/main/resources/db/migration.')
}
if (nothing.size() != 1) fail("expected run 2 to log 'Nothing to generate' once, found ${nothing.size()}")
if (lines.indexOf(wrote[0]) > lines.indexOf(nothing[0])) fail('"Nothing to generate" came before "Wrote"')

// Run 2 begins at the second "Scanning for projects..." line; every file must be older than that.
def starts = lines.findAll { it.endsWith('[INFO] Scanning for projects...') }
if (starts.size() != 2) fail("expected two Maven runs in build.log, found ${starts.size()}")
def secondStart = new SimpleDateFormat('yyyy-MM-dd_HH:mm:ss.SSS').parse(starts[1].substring(0, 23)).time
files.each {
    def modified = new File(migrations, it).lastModified()
    if (modified >= secondStart) fail("${it} was modified at ${modified}, after run 2 started at ${secondStart}")
}
return true
