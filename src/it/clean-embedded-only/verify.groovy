// clean, allowed, dropped the model's schema and the history table on the embedded server (so the next migrate
// applied V1 again); clean with the default refused, listing what it would drop.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

['[INFO] Ran DROP SCHEMA IF EXISTS "dim" CASCADE',
 '[INFO] Ran DROP TABLE IF EXISTS "public"."pgcraft_schema_history"',
 '[INFO] Cleaned: 2 statements, one transaction'].each {
    if (!log.contains(it)) fail("build.log lacks '${it}'")
}
if (log.count('[INFO] Applied V1__init.sql (') != 2) fail('migrate did not apply V1 once before and once after clean')
def expected = ~/(?s):clean \(default-cli\) on project clean-embedded-only: clean is disabled \(pgcraft\.cleanDisabled is true, the default\); on jdbc:postgresql:\/\/localhost:\d+\/postgres it would run:\n    DROP SCHEMA IF EXISTS "dim" CASCADE\n    DROP TABLE IF EXISTS "public"\."pgcraft_schema_history" \[PGC-CLEAN-DISABLED\]\n  If every object above may go, data included, run again with -Dpgcraft\.cleanDisabled=false\.\n/
if (!(log =~ expected).find()) fail("build.log lacks the refusal:\n${expected}")
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
