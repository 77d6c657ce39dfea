// migrate@up-to-2 applied V1 and V2 and then filled both views, each once, sku_counts (read by "Top skus") first;
// the default migrate applied V3 and refreshed the now populated sku_counts concurrently ("Top skus" is not named
// by V3, so it stays as it was); the next migrate applied nothing and refreshed nothing; the check migration ran
// (it raises an exception unless the views hold the expected rows).
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines().findAll { it.startsWith('[INFO] ') }.collect { it.substring(7) }
def index = { String pattern ->
    def found = lines.findIndexOf { it ==~ pattern }
    if (found < 0) fail("build.log has no line matching ${pattern}")
    return found
}
def count = { String pattern -> lines.count { it ==~ pattern } }

def v2 = index(/Applied V2__more_items\.sql \(\d+ ms\)/)
def counts = index(/Refreshed materialized view rpt\.sku_counts \(it was not populated\) in \d+ ms/)
def top = index(/Refreshed materialized view "Rpt"\."Top skus" \(it was not populated\) in \d+ ms/)
def summary = index(/Applied 2 migrations, now at version 2 \(\d+ ms\)/)
if (!(v2 < counts && counts < top && top < summary)) fail('the refreshes did not run after V2, sku_counts first')

def v3 = index(/Applied V3__even_more_items\.sql \(\d+ ms\)/)
def concurrently = index(/Refreshed materialized view rpt\.sku_counts concurrently in \d+ ms/)
if (!(summary < v3 && v3 < concurrently)) fail('sku_counts was not refreshed concurrently after V3')

if (count(/Refreshed materialized view .*/) != 3) fail('expected exactly three refreshes in the build')
def upToDate = index(/Schema is up to date at version 3/)
if (upToDate < concurrently) fail('the third migrate did not find the schema up to date')
index(/Applied V1__check_views\.sql \(\d+ ms\)/)
if (!log.contains('[INFO] BUILD SUCCESS')) fail('build did not succeed')
return true
