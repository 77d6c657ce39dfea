// generate wrote V1 (older model) and V2 (current model); verify found that applying both gives the same catalog
// as the current model built from scratch, and stopped its server.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def migrations = new File(basedir, 'src/main/resources/db/migration')

def files = migrations.list().sort()
if (files != ['U1__init.sql', 'U2__update.sql', 'V1__init.sql', 'V2__update.sql', 'pgcraft-snapshot.json']) fail("unexpected migrations: ${files}")
[
    '[INFO] Wrote src/main/resources/db/migration/V1__init.sql (',
    '[INFO] Wrote src/main/resources/db/migration/V2__update.sql (',
    '[INFO] Verifying on a throwaway embedded PostgreSQL 18.',
    '[INFO] BUILD SUCCESS',
].each { if (!log.contains(it)) fail("build.log lacks: ${it}") }

def verified = log.readLines().find {
    it ==~ /\[INFO\] Verified: 2 migrations give the same catalog as the model built from scratch \(\d+ objects compared\)\./
}
if (verified == null) fail('build.log lacks the line: [INFO] Verified: 2 migrations give the same catalog as ...')
def objects = (verified =~ /\((\d+) objects/)[0][1] as int
// 2 schemas, 2 tables, 8 columns, 6 constraints, 1 index, 1 comment, grants to PUBLIC on public: well over 15.
if (objects < 15) fail("verify compared only ${objects} objects: ${verified}")
return true
