// check found the committed V1__init.sql edited after generate wrote it: it names the file, the checksum the
// snapshot recorded and the file's own, and says to restore it instead of editing generated migrations.
import groovy.json.JsonSlurper
import java.security.MessageDigest

def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def dir = new File(basedir, 'src/main/resources/db/migration')
def v1 = new File(dir, 'V1__init.sql')
if (v1.text.contains('\r')) fail('fixture files must have LF line endings')
def now = 'sha256:' + MessageDigest.getInstance('SHA-256').digest(v1.bytes).encodeHex().toString()
def generated = new JsonSlurper().parse(new File(dir, 'pgcraft-snapshot.json')).migrations[0].checksum
if (generated == now) fail('fixture: V1__init.sql must differ from what the snapshot recorded')

def expected = ':check (default-cli) on project check-edited-migration: ' +
        'src/main/resources/db/migration/V1__init.sql: V1__init.sql was edited after pgcraft:generate wrote it\n' +
        "Generated: ${generated}\n" +
        "Now: ${now} [PGC-CHECK-EDITED-MIGRATION]\n" +
        '  Restore it (git checkout -- src/main/resources/db/migration/V1__init.sql). Generated migrations must ' +
        'not be edited, as databases may already have applied them; to change the schema, change the model and ' +
        'run mvn pgcraft:generate instead.\n' +
        '-> [Help 1]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
