// Every tenant was attempted: 19 migrated to version 1, tenant_13 failed on its checksum, and the build failed
// with the summary table and tenant_13's own report. Times vary, so the Time column is compared as "T".
import java.security.MessageDigest

def fail = { String why -> throw new AssertionError(why) }
def raw = new File(basedir, 'build.log').getText('UTF-8')
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
// The summary's fourth column (Time) becomes " T " in rows and "---" in borders.
def normalise = { String l ->
    if (l ==~ /\|.*\|/) { def c = l.split(/\|/, -1); c[4] = ' T '; return c.join('|') }
    if (l ==~ /\+[-+]*\+/) { def c = l.split(/\+/, -1); c[4] = '---'; return c.join('+') }
    l
}
def log = raw.readLines().collect { normalise(it.replaceFirst(/^\[ERROR\] /, '')) }.join('\n')
def port = (raw =~ /Started embedded PostgreSQL [^ ]+ at jdbc:postgresql:\/\/localhost:(\d+)\/postgres/)[0][1]
def tenants = (1..20).collect { String.format('tenant_%02d', it) }

if (!raw.contains('[INFO] Running pgcraft:migrate on 20 targets, 4 at a time.')) fail('no announcement of the run')
tenants.findAll { it != 'tenant_13' }.each {
    def applied = "[INFO] [localhost:${port}/${it}] Applied V1__init.sql ("
    if (!raw.contains(applied)) fail("build.log lacks '${applied}'")
}

def name = { "localhost:${port}/${it}".toString() }
def url = { "jdbc:postgresql://localhost:${port}/${it}".toString() }
def rows = tenants.collect { it == 'tenant_13' ? [name(it), url(it), '', 'FAILED (PGC-MIGRATE-CHECKSUM-MISMATCH)']
        : [name(it), url(it), 'none -> 1', 'applied 1'] }
def widths = [[6] + rows.collect { it[0].length() }, [3] + rows.collect { it[1].length() },
              [7] + rows.collect { it[2].length() }, [6] + rows.collect { it[3].length() }].collect { it.max() }
def line = { List cells -> '| ' + (0..3).collect { cells[it].padRight(widths[it]) }.with {
    [it[0], it[1], it[2], 'T', it[3]].join(' | ') } + ' |' }
def border = '+' + widths.take(3).collect { '-' * (it + 2) }.join('+') + '+---+' + '-' * (widths[3] + 2) + '+'
def edited = new File(basedir, 'src/main/resources/db/migration/V1__init.sql')
def sha256 = { File f -> 'sha256:' + MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def expected = ':migrate (tenants) on project migrate-many-targets: ' +
        'pgcraft:migrate on 20 targets: 19 succeeded, 1 failed\n' +
        border + '\n' + line(['Target', 'URL', 'Version', 'Result']) + '\n' + border + '\n' +
        rows.collect { line(it) }.join('\n') + '\n' + border + '\n' +
        "[localhost:${port}/tenant_13] ${edited.path}: Migration checksum mismatch for V1__init.sql\n" +
        "  Applied to database: ${sha256(new File(basedir, 'poison/V1__init.sql'))}\n" +
        "  Resolved locally: ${sha256(edited)} [PGC-MIGRATE-CHECKSUM-MISMATCH]\n" +
        '    Either revert the file to what was applied, or, if the change is intended, run pgcraft:repair ' +
        '[PGC-TARGETS-FAILED]\n' +
        '  Each target ran on its own: those that succeeded are done. Fix what the report of each failed target ' +
        'says, then run pgcraft:migrate again.\n'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (raw.contains('password=')) fail('a password parameter reached the log')
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
