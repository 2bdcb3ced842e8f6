// four builds: every module analysed; every module's analysis reused; the service module's source
// changed, that module alone analysed again; everything analysed afresh into target/fresh
def slurp = { new groovy.json.JsonSlurper().parse(new File(basedir, it)) }
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 4
builds.each { assert it.contains('BUILD SUCCESS') }
def analysed = { log -> ['entity', 'service', 'audit'].findAll { log.contains("DataWarden: analysing $it with") } }
def reused = { log -> ['entity', 'service', 'audit'].findAll {
  log.contains("DataWarden: $it unchanged since the last analysis, reusing its result") } }

assert analysed(builds[0]) == ['entity', 'service', 'audit'] && reused(builds[0]).isEmpty()
assert analysed(builds[1]).isEmpty() && reused(builds[1]) == ['entity', 'service', 'audit']
// the service module's change changes no input of the others: their analyses are reused
assert analysed(builds[2]) == ['service'] && reused(builds[2]) == ['entity', 'audit']
assert analysed(builds[3]) == ['entity', 'service', 'audit'] && reused(builds[3]).isEmpty()

// a reused module's findings are logged and gated as after an analysis, and judged at the build's end
assert builds[1].contains('[UnloggedTransfer] src/main/java/shop/service/Notifier.java:11')
assert builds[1].contains('[PersonalInfoLogged] src/main/java/shop/audit/Audit.java:10')
assert builds[1].contains('[MissingRetentionPeriod] src/main/java/shop/entity/Member.java:10')
assert !builds[2].contains('[UnloggedTransfer]') && !builds[2].contains('[MissingConsentCheck]')
assert builds[2].contains('[PersonalInfoLogged] src/main/java/shop/audit/Audit.java:10')

// after the third build: the changed module's findings are its new code's, and the reports of the
// modules whose analyses were reused are those of a fresh analysis, byte for byte
assert slurp('service/target/datawarden/datawarden.json').findings.isEmpty()
assert slurp('audit/target/datawarden/datawarden.json').findings*.rule == ['PersonalInfoLogged']
assert slurp('entity/target/datawarden/datawarden.json').findings*.rule == ['MissingRetentionPeriod']
for (module in ['entity', 'service', 'audit']) {
  for (report in ['datawarden.json', 'datawarden.sarif', 'datawarden-inventory.json']) {
    assert new File(basedir, "$module/target/datawarden/$report").text == new File(basedir, "$module/target/fresh/$report").text
  }
}
assert new File(basedir, 'entity/target/datawarden/datawarden-analysis.json').isFile()
def all = slurp('target/datawarden/aggregate/datawarden.json')
assert all.findings*.rule == ['PersonalInfoLogged', 'MissingRetentionPeriod']
return true
