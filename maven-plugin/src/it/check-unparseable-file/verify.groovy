// the unparseable file is reported with its line, the rest is analysed and the reports are written
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] DataWarden: src/main/java/shop/Broken.java:5: does not parse')
assert log.contains('[MissingRetentionPeriod] src/main/java/shop/Member.java:7')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/datawarden/datawarden.json'))
assert json.problems*.kind.contains('UNPARSEABLE_FILE')
assert json.analysedFiles == ['src/main/java/shop/Member.java']
return true
