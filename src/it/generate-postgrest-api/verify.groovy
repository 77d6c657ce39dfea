// The extension came with the plugin: V1 has the api schema, the roles and the view; the user's request was applied
// (it fails the build unless the row came back); the anonymous insert failed with 42501; no generated file has a
// password in it.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')

def migrations = new File(basedir, 'src/main/resources/db/migration')
def v1 = new File(migrations, 'V1__init.sql').getText('UTF-8')
[
    'CREATE SCHEMA IF NOT EXISTS "api";',
    'CREATE ROLE "it_authenticator" LOGIN NOINHERIT;',
    'CREATE ROLE "it_anon" NOLOGIN;',
    'GRANT "it_anon" TO "it_authenticator";',
    'CREATE VIEW "api"."products" AS\nSELECT "id", "sku", "price"\n  FROM "dim"."products";',
    'ALTER VIEW "api"."products" ALTER COLUMN "price" SET DEFAULT (0);',
    'GRANT SELECT ON TABLE "api"."products" TO "it_anon";',
    'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "api"."products" TO "it_user";',
].each { if (!v1.contains(it)) fail("V1__init.sql lacks: ${it}\n---\n${v1}") }

migrations.eachFileRecurse { file ->
    if (file.isFile() && file.getText('UTF-8').toUpperCase().contains('PASSWORD')) {
        fail("${file} mentions a password")
    }
}

[
    '[INFO] Applied V1__init.sql (',
    '[INFO] Applied V1__post_and_get_as_user.sql (',
].each { if (!log.contains(it)) fail("build.log lacks: ${it}") }

def expected = 'permission denied for view products (SQLSTATE 42501)'
if (!log.contains(expected)) fail("build.log lacks the expected failure: ${expected}")
return true
