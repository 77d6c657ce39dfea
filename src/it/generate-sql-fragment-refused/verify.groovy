// generate refused both fragments, each at file:line:column with what to do, and wrote nothing.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def expected = ':generate (default-cli) on project generate-sql-fragment-refused: 2 problems:\n' +
        'src/main/pgcraft/pgcraft.xml:6:7: The expression of check "a_set" in dim.items has a \')\' at character 14 ' +
        'that closes nothing it opened: it must be exactly one expression. [PGC-CONFIG-SQL-FRAGMENT]\n' +
        '  Remove it, or add the opening bracket it belongs to.\n' +
        'src/main/pgcraft/pgcraft.xml:9:7: The default of column "enabled" in dim.features is a statement (it starts ' +
        'with DELETE), not an expression: it must be exactly one expression. [PGC-CONFIG-SQL-FRAGMENT]\n' +
        '  Write one expression, e.g. a constant, a function call or a comparison of columns.\n' +
        '-> [Help 1]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
def resources = new File(basedir, 'src/main/resources')
if (resources.exists()) fail("generate wrote files although the model is refused: ${resources.listFiles()}")
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
