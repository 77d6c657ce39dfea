// Each refusal names what is wrong and what to do, before any connection (port 1 would refuse one).
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

[':migrate (migrate) on project unknown-server: pgcraft.targets names \'tenant-xx\', which is neither a JDBC URL ' +
         '(jdbc:postgresql://...) nor the id of a <server> in settings.xml [PGC-TARGETS-UNKNOWN]\n' +
         '  Correct the entry, or add <server><id>tenant-xx</id><username>...</username><password>...</password>' +
         '<configuration><url>jdbc:postgresql://host:5432/db</url></configuration></server> to ~/.m2/settings.xml.\n',
 ':migrate (migrate) on project duplicate: pgcraft.targets names the URL jdbc:postgresql://localhost:1/a twice ' +
         '[PGC-TARGETS-DUPLICATE]\n' +
         '  Name each database once: two runs on one database would only wait for each other\'s lock.\n',
 ':migrate (migrate) on project parallel-zero: pgcraft.parallel is 0, but at least one target must run at a time ' +
         '[PGC-TARGETS-PARALLEL]\n' +
         '  Set pgcraft.parallel to 1 (one after the other) or more (default 4).\n'].each {
    if (!log.contains(it)) fail("build.log lacks the expected failure:\n${it}")
}
if (log.contains('Connection to localhost:1 refused')) fail('a refused run connected')
if (!log.contains('BUILD FAILURE')) fail('the build did not fail')
return true
