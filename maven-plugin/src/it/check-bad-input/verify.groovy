// a second declaration of a class is reported and left out, the rest analysed and the build fails on
// the findings (not on the bad input); control characters from the code never reach the log raw
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] DataWarden: src/main/java/shop/copy/MemberCopy.java:3: declares the type Member, which src/main/java/shop/Member.java declares too')
assert log.contains('[InvalidAnnotation] src/main/java/shop/Member.java:7')
assert log.contains('\\u001B[2J\\n[INFO] BUILD SUCCESS')
assert !log.contains('\u001b[2J')
assert !log.contains('\n[INFO] BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/datawarden/datawarden.json'))
assert json.analysedFiles == ['src/main/java/shop/Member.java']
return true
