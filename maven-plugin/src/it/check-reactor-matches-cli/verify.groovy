// Per-module analysis and the reactor aggregate give the findings one command-line run over all the
// modules gives: each module reports the findings in its own files, judged with the modules that
// depend on it (the web module's consent check guards the service's insert; the delete of a member
// lives in the service, called from the web; visits are deleted nowhere).
import groovy.json.JsonSlurper

def slurp = { new JsonSlurper().parse(it) }
def log = new File(basedir, 'build.log').text
// a module's fingerprints are of its own file names (its baseline is its own): compared in the aggregate only
def key = { prefix, f -> [f.rule, prefix + f.location.file, f.location.line, f.message].join(' | ') }
def fingerprinted = { f -> [f.rule, f.location.file, f.location.line, f.message, f.fingerprint].join(' | ') }

// one command-line run over the three modules' sources, with the web module's class path (which holds the others')
def cli = new File(basedir, '../../../../analyzer/target/datawarden-cli.jar').canonicalFile
assert cli.isFile() : "the analyzer's command-line jar is built before the plugin: ${cli}"
def java = new File(System.getProperty('java.home'), 'bin/java').path
def out = new File(basedir, 'target/cli.json')
def command = [java, '-jar', cli.path, '--classpath', new File(basedir, 'web/target/classpath.txt').text.trim(),
    '--fail-on', 'BLOCKER', '--json', out.path,
    'entity/src/main/java', 'service/src/main/java', 'web/src/main/java']
def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
def cliLog = process.inputStream.text
assert process.waitFor() == 0 : cliLog
def wholeRun = slurp(out).findings
def whole = wholeRun.collect { key('', it) }.sort()

def modules = ['entity', 'service', 'web']
def perModule = modules.collectMany { m -> slurp(new File(basedir, "${m}/target/datawarden/datawarden.json")).findings
    .collect { key(m + '/', it) } }.sort()
def aggregate = slurp(new File(basedir, 'target/datawarden/aggregate/datawarden.json')).findings
    .collect { fingerprinted(it) }.sort()

assert perModule == whole : "per module:\n${perModule.join('\n')}\none run:\n${whole.join('\n')}"
def wholeFingerprinted = wholeRun.collect { fingerprinted(it) }.sort()
assert aggregate == wholeFingerprinted : "aggregate:\n${aggregate.join('\n')}\none run:\n${wholeFingerprinted.join('\n')}"

// what that judgement changed, for the record
def service = slurp(new File(basedir, 'service/target/datawarden/datawarden.json')).findings
assert !service.any { it.rule == 'MissingConsentCheck' && it.message.contains('MemberMapper.insert()') } :
    'registering is guarded by the consent check of the web module that calls it'
assert service.count { it.message.contains('SmsGateway.send()') } == 2 : 'the welcome SMS is sent unguarded and unrecorded'
def entity = slurp(new File(basedir, 'entity/target/datawarden/datawarden.json')).findings
assert entity*.rule.sort() == ['MissingDeletionPath', 'MissingRetentionPeriod']
assert entity.find { it.rule == 'MissingDeletionPath' }.message.startsWith('Visit ')
// the mapper XML of the entity module is read by the modules that use it: the insert stores
assert service.any { it.message.contains('VisitMapper.insert()') }

assert log.contains('DataWarden: modules of this build depend on service; its findings are judged again')
assert log.contains('DataWarden: service as the whole build judges it: 3 finding(s)')
assert log.contains('DataWarden: 3 finding(s) at or above CRITICAL')
assert log.contains('service/target/datawarden/datawarden.html (module service, judged with the modules that depend on it)')
assert log.contains('DataWarden: aggregate report of 3 module(s), 8 finding(s)')
return true
