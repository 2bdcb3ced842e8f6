// The entity module's generated copier writes LoginLog.address from a form; its own analysis leaves
// generated sources out (datawarden.includeGeneratedSources is false), so the address is only ever
// looked up from an IP there: a LOCATION. The web module's analysis reads the entity module's sources
// too and judges them again at the end of the build: it must leave the generated ones out as well, or
// the whole build's judgement says ADDRESS where the module's own analysis says LOCATION.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert new File(basedir, 'entity/target/classes/shop/log/LoginLogCopier.class').isFile() : 'the generated copier is compiled'
assert log.contains('DataWarden: entity as the whole build judges it')

def entity = new JsonSlurper().parse(new File(basedir, 'entity/target/datawarden/datawarden.json')).findings
def address = entity.findAll { it.rule == 'UnannotatedPersonalInfo' && it.message.startsWith('LoginLog.address ') }
assert address.size() == 1 : entity*.message.join('\n')
assert address[0].message.contains('(LOCATION)') : address[0].message
def aggregate = new JsonSlurper().parse(new File(basedir, 'target/datawarden/aggregate/datawarden.json')).findings
assert aggregate.any { it.message.startsWith('LoginLog.address looks like personal information (LOCATION)') }
assert !aggregate.any { it.message.contains('LoginLog.address') && it.message.contains('(ADDRESS)') }
return true
