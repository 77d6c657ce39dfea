// V2 drops the views (and with them their triggers), changes the column type on both tables, recreates the views
// and their triggers; the check migration (which fails the build when versions are missing or the view cannot take a
// bigint) ran after it.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def v2 = new File(basedir, 'src/main/resources/db/migration/V2__update.sql').getText('UTF-8')
def expected = [
    'DROP VIEW "shop"."stock";',
    'DROP VIEW "shop"."stock_history";',
    'ALTER TABLE "shop"."stock_attributes"\n    ALTER COLUMN "units" TYPE bigint',
    'ALTER TABLE "shop"."stock_root"\n    ALTER COLUMN "units" TYPE bigint',
    'CREATE VIEW "shop"."stock" AS',
    'CREATE VIEW "shop"."stock_history" AS',
    'INSTEAD OF UPDATE ON "shop"."stock"',
    'COMMENT ON VIEW "shop"."stock" IS',
]
expected.each { if (!v2.contains(it)) fail("V2__update.sql lacks: ${it}\n---\n${v2}") }
// The views go before the type change and come back after it.
if (!(v2.indexOf(expected[0]) < v2.indexOf(expected[2]) && v2.indexOf(expected[3]) < v2.indexOf(expected[4]))) {
    fail("V2__update.sql does not drop the view before the type change and create it after:\n${v2}")
}
[
    '[INFO] Applied V2__update.sql (',
    '[INFO] Applied V1__rows_kept.sql (',
    '[INFO] BUILD SUCCESS',
].each { if (!log.contains(it)) fail("build.log lacks: ${it}") }
return true
