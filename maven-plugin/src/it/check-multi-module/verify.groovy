// each module is analysed with its own class path plus the catalogs and the sources of the reactor
// modules it depends on, in a parallel build; the top of the reactor gets the aggregate report
def slurp = { new groovy.json.JsonSlurper().parse(new File(basedir, it)) }
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('DataWarden catalog: ../entity/datawarden.yml')

def entity = slurp('entity/target/datawarden/datawarden.json')
assert entity.analysedFiles == ['src/main/java/shop/entity/Member.java']
assert entity.findings*.rule == ['MissingRetentionPeriod']

def service = slurp('service/target/datawarden/datawarden.json')
assert service.analysedFiles == ['src/main/java/shop/service/Notifier.java']
assert service.classpathMode == true
assert service.declarations.any { it.origin == 'CATALOG' && it.location.file.endsWith('/entity/datawarden.yml') }
// the phone number declared in the entity module is seen reaching the SMS provider in the service
// module, with no consent check and no transfer record; the entity's own finding is not repeated there
assert service.findings*.rule == ['MissingConsentCheck', 'UnloggedTransfer']
assert service.findings.every { it.location.file == 'src/main/java/shop/service/Notifier.java' }
assert service.findings.every { it.message.contains('Member.mobile (PHONE)') }
assert service.findings[1].path.any { it.file.endsWith('entity/src/main/java/shop/entity/Member.java') }
// the service module's SARIF names the entity module's file relative to the reactor root, never by
// its absolute path, and declares that base
def sarif = slurp('service/target/datawarden/datawarden.sarif')
def steps = sarif.runs[0].results*.codeFlows.flatten()*.threadFlows.flatten()*.locations.flatten()
    *.location*.physicalLocation*.artifactLocation
def upstream = steps.findAll { it.uri.endsWith('Member.java') }
assert !upstream.isEmpty()
assert upstream.every { it.uri == 'entity/src/main/java/shop/entity/Member.java' && it.uriBaseId == 'REACTOR_ROOT' }
assert sarif.runs[0].originalUriBaseIds.REACTOR_ROOT != null
assert !new File(basedir, 'service/target/datawarden/datawarden.sarif').text.contains(basedir.absolutePath)

def all = slurp('target/datawarden/aggregate/datawarden.json')
assert all.analysedFiles == ['entity/src/main/java/shop/entity/Member.java', 'service/src/main/java/shop/service/Notifier.java']
assert all.findings*.location.file == ['entity/src/main/java/shop/entity/Member.java',
    'service/src/main/java/shop/service/Notifier.java', 'service/src/main/java/shop/service/Notifier.java']
assert all.declarations.count { it.location.file == 'entity/datawarden.yml' } == 1
assert new File(basedir, 'target/datawarden/aggregate/datawarden.html').text.contains('multi-module shop (all modules)')
def inventory = slurp('target/datawarden/aggregate/datawarden-inventory.json')
// the lists of Art. 21 of every module, merged: the SMS provider once, with the code of the service module
// that sends to it, and the findings there named as the aggregate's report names them
def sms = inventory.providedPersonalInformation.findAll { it.recipient == 'Aliyun SMS' }
assert sms.size() == 1
assert sms[0].categories == ['PHONE']
assert sms[0].code.every { it.startsWith('service/src/main/java/shop/service/Notifier.java:') }
def ids = all.findings.collect { 'f-' + it.fingerprint + '-' + it.location.line }
assert !sms[0].findings.isEmpty() && ids.containsAll(sms[0].findings)
assert new File(basedir, 'target/datawarden/aggregate/datawarden-pi-provided.csv').text.contains('Aliyun SMS')
assert log.contains('DataWarden: aggregate report of 2 module(s)')
return true
