// generate and migrate built the ledger; the check migrations wrote two balanced entries (one through the event,
// one row by row over two statements, checked at commit) and verified the balances; then an UPDATE of an entry
// was refused by the ledger with its exact message, failing the build.
def fail = { String why -> throw new AssertionError(why) }
// Maven prefixes each line of a multi-line failure message with [ERROR]; read the message without it.
def log = new File(basedir, 'build.log').readLines('UTF-8').collect { it.replaceFirst(/^\[ERROR\] /, '') }.join('\n')
def lines = log.readLines()
def at = { String text -> lines.findIndexOf { it.contains(text) } }

def v1 = new File(basedir, 'src/main/resources/db/migration/V1__init.sql')
if (!v1.isFile()) fail("generate did not write ${v1}")
def sql = v1.getText('UTF-8')
[
    'CREATE TABLE "ops"."journal" (',
    '"entry_id"   uuid NOT NULL DEFAULT (gen_random_uuid()),',
    'CREATE CONSTRAINT TRIGGER "journal_double_entry"',
    'BEFORE UPDATE OR DELETE ON "ops"."journal"',
    'BEFORE TRUNCATE ON "ops"."journal"',
    'CREATE FUNCTION "ops"."ops_journal_transfer"("from_account" text, "to_account" text, "amount" numeric)',
].each { if (!sql.contains(it)) fail("V1__init.sql lacks: ${it}\n---\n${sql}") }

def steps = [
    '[INFO] Applied V1__init.sql (',
    '[INFO] Applied V1__balanced_entries.sql (',
    'Migration V2__change_an_entry.sql failed in the statement at line 2: UPDATE on ops.journal is not allowed: ' +
            'ledger entries are immutable (SQLSTATE 42501)',
]
def positions = steps.collect { at(it) }
steps.eachWithIndex { text, i -> if (positions[i] < 0) fail("build.log lacks: ${text}") }
if (positions != positions.sort(false)) fail("the steps were logged out of order: ${positions}")
if (!log.contains('Hint: Insert a correcting entry instead, e.g. the same rows with the opposite sign.')) {
    fail('build.log lacks the hint of the immutability error')
}
if (log.contains('Applied V2__change_an_entry.sql')) fail('the UPDATE of an entry was applied')
return true
