// nothing declared: the mobile number is inferred from its name and followed to the log; the finding
// says so, is one severity lower (CRITICAL -> MAJOR) and does not fail the build; a summary ends the run
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] [PersonalInfoLogged] src/main/java/shop/CustomerService.java:14')
assert log.contains("inferred from the name `mobile`; declare it to confirm")
assert log.contains('Getting started: nothing in this code declares personal information yet.')
assert log.contains('1 field(s) and parameter(s) look like personal information, in 1 file(s); most in CustomerService (1).')
assert log.contains('To declare it, run mvn datawarden:annotate')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/datawarden/datawarden.json'))
def logged = json.findings.find { it.rule == 'PersonalInfoLogged' }
assert logged.severity == 'MAJOR' && logged.inferred == true
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/datawarden/datawarden.sarif'))
def result = sarif.runs[0].results.find { it.ruleId == 'PersonalInfoLogged' }
assert result.properties.inferred == true && result.level == 'warning'
return true
