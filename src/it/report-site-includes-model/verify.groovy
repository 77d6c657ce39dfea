// mvn site ran pgcraft's report: the model page is in the site, and the site's menu links to it.
def fail = { String why -> throw new AssertionError(why) }
def site = new File(basedir, 'target/site')
def page = new File(site, 'pgcraft/index.html')
if (!page.isFile()) fail('target/site/pgcraft/index.html was not written')
if (!page.getText('UTF-8').contains('<section class="dimension" id="dimension-dim-products">')) fail('the page lacks dim.products')
if (!new File(site, 'pgcraft/mermaid.min.js').isFile()) fail('the Mermaid bundle is not beside the page')
def menus = site.listFiles().findAll { it.name.endsWith('.html') }.collect { it.getText('UTF-8') }
if (!menus.any { it.contains('href="pgcraft/index.html"') && it.contains('pgcraft model') }) {
    fail("no site page links pgcraft/index.html as 'pgcraft model': ${site.list().sort()}")
}
return true
