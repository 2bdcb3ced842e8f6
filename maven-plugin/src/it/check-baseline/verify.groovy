// the baseline holds the old findings; check fails only on new ones and tells how many entries are fixed
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'datawarden-baseline.json'))
assert baseline.findings*.rule == ['InvalidAnnotation', 'MissingRetentionPeriod']
assert baseline.findings.every { it.fingerprint ==~ /[0-9a-f]{32}/ && it.file == 'src/main/java/shop/Member.java' }
def log = new File(basedir, 'build.log').text
assert log.contains('DataWarden: 1 finding(s) at or above MAJOR not in the baseline')
assert log.contains('[ERROR] [InvalidAnnotation] src/main/java/shop/Added.java:8')
assert log.contains('[INFO] (baseline) [InvalidAnnotation] src/main/java/shop/Member.java:7')
assert log.contains('DataWarden: 1 finding(s) are in the baseline datawarden-baseline.json; 1 baseline entry is fixed')
assert log.contains('BUILD SUCCESS')
return true
