// generate wrote V1 and the snapshot; migrate applied V1 to the embedded server; info lists it as applied.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def migrations = new File(basedir, 'src/main/resources/db/migration')

def v1 = new File(migrations, 'V1__init.sql')
if (!v1.isFile()) fail("generate did not write ${v1}")
def sql = v1.getText('UTF-8')
[
    '-- pgcraft migration V1 (V1__init.sql)',
    '-- Generated from src/main/pgcraft/pgcraft.xml by pgcraft:generate.',
    'CREATE SCHEMA IF NOT EXISTS "dim";',
    'CREATE SCHEMA IF NOT EXISTS "ops";',
    'CREATE TABLE "dim"."products" (',
    'CREATE TABLE "ops"."orders" (',
].each { if (!sql.contains(it)) fail("V1__init.sql lacks: ${it}\n---\n${sql}") }
if (sql.contains('\r')) fail('V1__init.sql has CR line endings')

def snapshot = new File(migrations, 'pgcraft-snapshot.json')
if (!snapshot.isFile()) fail("generate did not write ${snapshot}")
def json = snapshot.getText('UTF-8')
['"V1__init.sql"', 'sha256:', 'products', 'orders'].each {
    if (!json.contains(it)) fail("pgcraft-snapshot.json lacks: ${it}")
}
def files = migrations.list().sort()
if (files != ['U1__init.sql', 'V1__init.sql', 'pgcraft-snapshot.json']) fail("unexpected files in the migrations folder: ${files}")

[
    '[INFO] Started embedded PostgreSQL 18.',
    '[INFO] Wrote src/main/resources/db/migration/V1__init.sql (',
    '[INFO] Applied V1__init.sql (',
    '[INFO] Stopped 1 embedded PostgreSQL server.',
    '[INFO] BUILD SUCCESS',
].each { if (!log.contains(it)) fail("build.log lacks: ${it}") }

// The info table row: | 1 | init | Applied | <undo file: yes/no> | <installed on> | <n> ms |
def row = log.readLines().find { it ==~ /\[INFO\] \| 1 +\| init +\| Applied +\| (?:yes|no) +\| \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \| \d+ ms +\|/ }
if (row == null) fail('pgcraft:info did not list version 1 as Applied')
return true
