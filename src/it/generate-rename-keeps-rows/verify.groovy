// V2 renames instead of dropping and re-adding, and the check migration (which fails the build when rows are
// missing) ran after it.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def v2 = new File(basedir, 'src/main/resources/db/migration/V2__update.sql').getText('UTF-8')
[
    'ALTER TABLE "shop"."items"\n    RENAME TO "products";',
    'ALTER TABLE "shop"."products"\n    RENAME COLUMN "code" TO "sku";',
    'ALTER TABLE "shop"."products"\n    RENAME COLUMN "name" TO "title";',
    'RENAME CONSTRAINT "uq__items__code" TO "uq__products__sku";',
    'RENAME CONSTRAINT "fk__orders__item_id__items" TO "fk__orders__item_id__products";',
].each { if (!v2.contains(it)) fail("V2__update.sql lacks: ${it}\n---\n${v2}") }
['DROP', 'ADD COLUMN'].each { if (v2.contains(it)) fail("V2__update.sql should only rename, but has ${it}:\n${v2}") }
[
    '[INFO] Applied V2__update.sql (',
    '[INFO] Applied V1__rows_kept.sql (',
    '[INFO] BUILD SUCCESS',
].each { if (!log.contains(it)) fail("build.log lacks: ${it}") }
return true
