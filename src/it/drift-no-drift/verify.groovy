// The live database is what V1 and V2 make; the schema "other" (another team's, with its own history table in
// public) is not the migrations' and is not compared.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')

def url = (log =~ /Started embedded PostgreSQL [^ ]+ at (jdbc:postgresql:\/\/localhost:\d+\/postgres)/)[0][1]
def expected = "[INFO] No drift: ${url} is what its 2 applied migrations (up to version 2 in " +
        'src/main/resources/db/migration) make ('
if (!log.contains(expected)) fail("build.log lacks '${expected}'")
if (!(log =~ /make \(\d+ objects compared in schema app\)\.\n/)) fail('drift compared another schema than app')
if (!log.contains('[INFO] Replaying the applied migrations on a throwaway embedded PostgreSQL 18.')) {
    fail('drift did not start its own server')
}
if (!log.contains('BUILD SUCCESS')) fail('the build did not succeed')
return true
