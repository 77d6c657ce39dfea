// generate asked PostgreSQL what the views are, reported the refused query at its <query> line:column with the
// server's message, SQLSTATE and position in the query, and wrote nothing.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
        .replaceAll(/PostgreSQL 18\.\d+/, 'PostgreSQL 18')

def expected = 'src/main/pgcraft/pgcraft.xml:12:7: PostgreSQL 18 refuses the query of view rpt.skus: column "prise" ' +
        'does not exist (SQLSTATE 42703), at character 13 of "SELECT sku, prise FROM rpt.all_items"\n' +
        'Nothing was written. [PGC-PROVE-SQL]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
def resources = new File(basedir, 'src/main/resources')
if (resources.exists()) fail("generate wrote files although PostgreSQL refused a view: ${resources.listFiles()}")
return true
