// Runs 2 and 3 build users/ and failures/, which are not modules of this pom, so the invoker does not filter their
// poms: put the version under test in them here. Then copies the user-facing example plugin (examples/soft-delete-plugin in the repository) here as module soft-delete,
// compiled against the pgcraft version under test: the IT builds exactly what users read, not a copy of it.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

def fail = { String why -> throw new AssertionError(why) }
// basedir is <repository>/pgcraft-maven-plugin/target/it/generate-third-party-plugin (cloneProjectsTo).
Path repository = basedir.toPath().toAbsolutePath().normalize().parent.parent.parent.parent
Path example = repository.resolve('examples/soft-delete-plugin')
if (!Files.isRegularFile(example.resolve('pom.xml'))) fail("the example plugin is not at ${example}")
Path target = basedir.toPath().resolve('soft-delete')
Files.walk(example).filter { !example.relativize(it).toString().startsWith('target') }.forEach { source ->
    Path copy = target.resolve(example.relativize(source).toString())
    if (Files.isDirectory(source)) {
        Files.createDirectories(copy)
    } else {
        Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING)
    }
}
def version = (new File(basedir, 'pom.xml').text =~ /<pgcraft\.version>([^<]+)</)[0][1]
def pom = target.resolve('pom.xml').toFile()
def text = pom.text
def replaced = text.replaceFirst(/<pgcraft\.version>[^<]+</, "<pgcraft.version>${version}<")
if (!replaced.contains("<pgcraft.version>${version}<")) fail('the example pom has no <pgcraft.version> property')
pom.text = replaced
['users', 'failures'].each { dir ->
    new File(basedir, dir).eachFileRecurse { file ->
        if (file.name == 'pom.xml') file.text = file.text.replace('@' + 'project.version@', version)
    }
}
return true
