// with failOnSeverity=CRITICAL only the critical finding fails the build; the major one is a warning
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [PersonalInfoLogged] src/main/java/shop/Member.java:14')
assert log.contains('[WARNING] [InvalidAnnotation] src/main/java/shop/Member.java:10')
assert log.contains('DataWarden: 1 finding(s) at or above CRITICAL')
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/datawarden/datawarden.json'))
def logged = json.findings.find { it.rule == 'PersonalInfoLogged' }
assert logged.severity == 'CRITICAL'
assert logged.path.size() >= 2
assert logged.path[0].label == 'read Member.mobile (PHONE)'
def html = new File(basedir, 'target/datawarden/datawarden.html').text
assert html.contains('class="edge flagged"')
return true
