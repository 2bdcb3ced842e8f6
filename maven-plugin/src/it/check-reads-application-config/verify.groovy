// the module's resources are read: only the prod profile sends the partner's leads abroad, and the
// message says so; the dev profile's file that is not YAML is a problem with its line
def log = new File(basedir, 'build.log').text
assert log.contains('[CrossBorderWithoutBasis] src/main/java/shop/Partner.java:17')
assert log.contains('partner.url = https://partner.example.jp/leads in application-prod.yml:2, in profile prod')
assert log.contains('[WARNING] DataWarden: src/main/resources/application-dev.yml:')
assert log.contains('not valid YAML')
return true
