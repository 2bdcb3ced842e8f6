// with datawarden.failOnInferred, the finding on inferred data counts for failOnSeverity like any other
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [PersonalInfoLogged] src/main/java/shop/CustomerService.java:14')
assert log.contains('DataWarden: 1 finding(s) at or above MAJOR')
assert log.contains('BUILD FAILURE')
return true
