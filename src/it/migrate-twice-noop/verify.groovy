// The first migrate applied V1; the second found the schema up to date and applied nothing; info shows V1
// applied once.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def count = { String text -> lines.count { it.contains(text) } }

if (count('[INFO] Applied V1__init.sql (') != 1) fail('V1__init.sql was not applied exactly once')
if (count('[INFO] Applied 1 migration, now at version 1 (') != 1) fail('missing the first migrate\'s summary')
if (count('[INFO] Schema is up to date at version 1') != 1) fail('the second migrate did not say it is up to date')
def applied = lines.indexOf(lines.find { it.contains('[INFO] Applied V1__init.sql (') })
def upToDate = lines.indexOf(lines.find { it.contains('[INFO] Schema is up to date at version 1') })
if (upToDate < applied) fail('"up to date" was logged before V1 was applied')

def rows = lines.findAll { it ==~ /\[INFO\] \| \S+ +\| .*\|/ && !it.contains('| Version ') }
if (rows.size() != 1) fail("expected one migration in the info table, found:\n${rows.join('\n')}")
if (!(rows[0] ==~ /\[INFO\] \| 1 +\| init +\| Applied +\| (?:yes|no) +\| \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \| \d+ ms +\|/)) {
    fail("info does not show V1 as Applied: ${rows[0]}")
}
if (!log.contains('[INFO] BUILD SUCCESS')) fail('build did not succeed')
return true
