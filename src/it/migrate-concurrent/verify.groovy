// Two migrates ran at the same time against one database: one applied V1..V3, the other waited for the lock
// and then found nothing to do. z's SQL check proved one history row per version; info lists each once.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def count = { String text -> lines.count { it.contains(text) } }

if (!log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')) fail('not a -T 2 build')
if (count('[INFO] Started embedded PostgreSQL 18.') != 1) fail('the parent did not start exactly one server')
['V1__create_accounts.sql', 'V2__slow.sql', 'V3__create_entries.sql'].each {
    if (count("[INFO] Applied ${it} (") != 1) fail("${it} was not applied exactly once")
}
if (count('[INFO] Applied 3 migrations, now at version 3 (') != 1) fail('no migrate applied all three files')
// The proof that the two runs overlapped: one of them found the lock taken.
def waiting = lines.findAll { it ==~ /\[INFO\] Waiting for another migrate \(pid \d+\) to release its lock on public\.pgcraft_schema_history/ }
if (waiting.size() != 1) fail("expected one migrate to wait for the other's lock, found ${waiting.size()}")
if (count('[INFO] Schema is up to date at version 3') != 1) fail('the waiting migrate did not find the schema up to date')
if (lines.indexOf(waiting[0]) > lines.indexOf(lines.find { it.contains('[INFO] Applied V3__create_entries.sql (') })) {
    fail('the wait was logged after the other migrate had finished: the runs did not overlap')
}

if (!log.contains('[INFO] Applied V1__one_history_row_per_version.sql (')) fail("z's history check did not run")
['1 +\\| create accounts', '2 +\\| slow', '3 +\\| create entries'].each { version ->
    if (lines.count { it ==~ /\[INFO\] \| ${version} +\| Applied +\| .*/ } != 1) fail("info does not list ${version} Applied once")
}
if (!log.contains('[INFO] Stopped 1 embedded PostgreSQL server.')) fail('z did not stop the server')
['migrate-concurrent', 'a', 'b', 'z'].each { module ->
    if (!lines.any { it ==~ /\[INFO\] ${module} \.+ SUCCESS \[.*/ }) fail("module ${module} did not succeed")
}
return true
