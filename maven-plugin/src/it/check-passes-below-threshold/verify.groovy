// a MINOR finding is logged and reported but does not fail the build at the default MAJOR threshold
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] [MissingRetentionPeriod] src/main/java/shop/Member.java:7')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/datawarden/datawarden.sarif').text.contains('MissingRetentionPeriod')
return true
