// pgcraft:report wrote one page and the script it needs beside it (nothing fetched when viewed), with a section
// per dimension, a diagram per schema, and V1 listed as "not checked" since no database was configured.
def fail = { String why -> throw new AssertionError(why) }
def log = new File(basedir, 'build.log').getText('UTF-8')
def folder = new File(basedir, 'target/reports/pgcraft')
def names = folder.list().sort()
if (names != ['index.html', 'mermaid-LICENSE', 'mermaid.min.js']) fail("unexpected files in target/reports/pgcraft: ${names}")
def page = new File(folder, 'index.html').getText('UTF-8')
def line = '[INFO] Wrote target/reports/pgcraft/index.html; open it in a browser.'
if (!log.contains(line)) fail("build.log lacks: ${line}")
['<p class="source">From <code>src/main/pgcraft/pgcraft.xml</code>: 4 dimension(s) in 2 schema(s).</p>',
 '<section class="dimension" id="dimension-dim-products">',
 '<section class="dimension" id="dimension-ops-orders">',
 '<a href="#dimension-dim-products">references dim.products</a>',
 '<pre class="mermaid">\nerDiagram\n    orders {',
 '<td>1</td><td>init</td><td><code>V1__init.sql</code></td><td>not checked</td><td></td><td><code>U1__init.sql</code></td>',
 '<script src="mermaid.min.js"></script>',
].each { if (!page.contains(it)) fail("index.html lacks: ${it}") }
if (page.count('<pre class="mermaid">') != 2) fail('expected one diagram per schema')
if (page =~ /https?:/) fail('index.html names a network URL')
return true
