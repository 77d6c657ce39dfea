// generate proved the migration on a throwaway PostgreSQL, reported every fragment the server refused at its
// file:line:column with the server's message, SQLSTATE and position (the check of a table whose CREATE the bad
// default stopped: as not checked), and wrote nothing.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
        .replaceAll(/PostgreSQL 18\.\d+/, 'PostgreSQL 18')

def expected = '2 problems:\nsrc/main/pgcraft/pgcraft.xml:5:7: PostgreSQL 18 refuses the default of column "listed_on" in ' +
        'dim.items: function today_in_shop_time() does not exist (SQLSTATE 42883), at character 1 of ' +
        '"today_in_shop_time()"\n' +
        'Nothing was written. [PGC-PROVE-SQL]\n' +
        '  PostgreSQL\'s hint: No function matches the given name and argument types. You might need to add explicit ' +
        'type casts. Correct the SQL in src/main/pgcraft/pgcraft.xml. If it uses objects made outside pgcraft (an ' +
        'extension\'s functions or types), create them in a migration of your own first, or run generate with ' +
        '-Dpgcraft.prove=false.\n' +
        'src/main/pgcraft/pgcraft.xml:6:7: The expression of check "price_positive" in dim.items was not checked: it ' +
        'needs dim.items, which PostgreSQL could not create because of another refusal; nothing was written. ' +
        '[PGC-PROVE-UNCHECKED]\n' +
        '  Correct that refusal first; then generate checks this one too.\n' +
        '-> [Help 1]'
if (!log.contains(expected)) fail("build.log lacks the expected failure:\n${expected}")
if (!log.contains('Proving the migration on a throwaway embedded PostgreSQL')) fail('no embedded server was started')
def resources = new File(basedir, 'src/main/resources')
if (resources.exists()) fail("generate wrote files although PostgreSQL refused the model: ${resources.listFiles()}")
return true
