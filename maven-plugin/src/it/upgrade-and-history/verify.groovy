// What the builds of invoker.properties printed, in order
def log = new File(basedir, 'build.log').text
assert log.contains('Upgraded 5eed00000001, Create note')
assert log.contains('<base> -> 5eed00000001 (head), Create note')
assert log.contains('FAILED: No such revision or branch \'nosuchrev\'')
def written = new File(basedir, 'src/main/java/com/example/migrations').listFiles().find { it.name.endsWith('_AddTitle.java') }
assert written != null : 'retort:revision wrote no revision'
def id = (written.text =~ /id = "([0-9a-f]{12})"/)[0][1]
assert log.contains("Upgraded ${id}, AddTitle")
def downgrades = log.findAll(/Downgraded ([0-9a-f]{12})/) { it[1] }
assert downgrades == [id, '5eed00000001'] : "downgrade -1 then base reverted ${downgrades}"
assert log.contains('The database is at base.')
// A collector of the user's own (no second one from the plugin), the timings, and lint
assert !log.contains('Multiple garbage collectors')
assert log.contains('Timings: the JVM to Spring')
assert log.contains('No findings in the revisions.')
return true
