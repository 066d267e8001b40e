// What the four builds of invoker.properties printed, in order
def log = new File(basedir, 'build.log').text
assert log.contains('Detected add table note')
assert log.contains('FAILED: New upgrade operations detected')
def written = new File(basedir, 'src/main/java/com/example/migrations').listFiles().find { it.name.endsWith('_CreateNote.java') }
assert written != null : 'retort:revision -Dautogenerate wrote no revision'
assert written.text.contains('op.createTable("note"')
assert written.text.contains('op.dropTable("note")')
def id = (written.text =~ /id = "([0-9a-f]{12})"/)[0][1]
assert log.contains("Upgraded ${id}, CreateNote")
assert log.contains('No new upgrade operations detected')
assert log.contains('No changes detected')
assert new File(basedir, 'src/main/java/com/example/migrations').listFiles().findAll { it.name.endsWith('.java') && it.name != 'package-info.java' }.size() == 1
return true
