// the MAJOR InvalidAnnotation fails the build under the default threshold; both findings are logged
def log = new File(basedir, 'build.log').text
assert log.contains('[InvalidAnnotation] src/main/java/shop/Member.java:7')
assert log.contains('[MissingRetentionPeriod] src/main/java/shop/Member.java:10')
assert log.contains('DataWarden: 1 finding(s) at or above MAJOR')
assert log.contains('BUILD FAILURE')
def sarif = new File(basedir, 'target/datawarden/datawarden.sarif')
assert sarif.text.contains('"ruleId" : "InvalidAnnotation"')
assert sarif.text.contains('"version" : "2.1.0"')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/datawarden/datawarden.json'))
assert json.findings*.rule == ['InvalidAnnotation', 'MissingRetentionPeriod']
assert json.classpathMode == true
def html = new File(basedir, 'target/datawarden/datawarden.html').text
assert html.contains('<h3>Article 21</h3>') && html.contains('id="flow-map"')
assert new File(basedir, 'target/datawarden/datawarden-inventory.json').isFile()
assert log.contains('DataWarden summary: 2 finding(s) in 1 file(s)')
assert log.contains('DataWarden: model done in')
return true
