// a rule key that names no rule fails the build with the message every front end gives, naming each unknown key
def log = new File(basedir, 'build.log').text
assert log.contains("datawarden.disabledRules: unknown rules 'NoSuchRule', 'AlsoMissing'; known: ")
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/datawarden').exists()
return true
