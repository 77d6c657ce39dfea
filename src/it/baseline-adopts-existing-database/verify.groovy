// baseline wrote a BASELINE row at 1 and said what migrate will apply; migrate applied only V2 (the SQL check proves
// V1 never ran: the row built by hand is there alone, and the history is 1:BASELINE,2:SQL); info shows both.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines()
def at = { String text -> lines.findIndexOf { it.contains(text) } }

def steps = [
    '[INFO] Applied V1__built_by_hand.sql (',
    '[INFO] Baselined public.pgcraft_schema_history at version 1 (<< pgcraft Baseline >>): migrations up to 1 are ' +
            'taken as applied and never run; pgcraft:migrate applies V2__add_price.sql.',
    '[INFO] Current version of public.pgcraft_schema_history: 1',
    '[INFO] Applied V2__add_price.sql (',
    '[INFO] Applied V1__state_after_baseline.sql (',
]
def positions = steps.collect { at(it) }
steps.eachWithIndex { text, i -> if (positions[i] < 0) fail("build.log lacks: ${text}") }
if (positions != positions.sort(false)) fail("the steps were logged out of order: ${positions}")
if (log.contains('Applied V1__create_items.sql')) fail('migrate ran V1, which the baseline covers')
def installed = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \| \d+ ms +\|/
if (!lines.any { it ==~ /\[INFO\] \| 1 +\| create items +\| Baseline +\| +\| ${installed}/ }) fail('info does not show 1 as Baseline')
if (!lines.any { it ==~ /\[INFO\] \| 2 +\| add price +\| Applied +\| no +\| ${installed}/ }) fail('info does not show 2 as Applied')
if (!log.contains('[INFO] BUILD SUCCESS')) fail('the build did not succeed')
return true
