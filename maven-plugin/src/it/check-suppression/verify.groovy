// the suppressed MAJOR finding does not fail the build; suppressions are listed; the unused one is reported (info)
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('[InvalidAnnotation]')
assert log.contains('[WARNING] [UnusedSuppression] src/main/java/shop/Member.java:12 @SuppressWarnings("datawarden:MissingRetentionPeriod") on Member.mobile silences no finding')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/datawarden/datawarden.json'))
assert json.findings*.rule == ['UnusedSuppression']
assert json.suppressions.size() == 2
def used = json.suppressions.find { it.rule == 'InvalidAnnotation' }
assert used.element == 'Member.email' && used.suppressedFindings.size() == 1
def sarif = new File(basedir, 'target/datawarden/datawarden.sarif').text
assert sarif.contains('"kind" : "inSource"')
assert new File(basedir, 'target/datawarden/datawarden.html').text.contains('Member.email')
return true
