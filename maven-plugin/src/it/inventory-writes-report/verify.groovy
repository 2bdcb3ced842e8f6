// the inventory goal writes the data inventory (HTML and JSON) with the two lists of Art. 21 and no other
// report; beside them, the analysis kept for the next build (datawarden-analysis.json, not a report)
def dir = new File(basedir, 'target/datawarden')
assert dir.list().sort() == ['datawarden-analysis.json', 'datawarden-inventory.html', 'datawarden-inventory.json',
    'datawarden-lists.html', 'datawarden-lists.json', 'datawarden-pi-collected.csv', 'datawarden-pi-provided.csv']
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'datawarden-inventory.json'))
assert json.personalInformation*.name == ['ADDRESS', 'PHONE']
def address = json.personalInformation[0]
assert address.purposes == ['delivery'] && address.retentions == ['P1Y']
assert address.crossBorder == ['SG (STANDARD_CONTRACT) by Member.shipAbroad()']
assert address.deletionPaths == ['Member.erase()']
assert address.declarations[0].location == 'src/main/java/shop/Member.java:14'
assert json.recipients[0].attributes.recipient == 'Aliyun SMS'
assert json.crossBorderTransfers[0].attributes.assessmentRef == 'SC-2025-3'
def html = new File(dir, 'datawarden-inventory.html').text
assert html.contains('<h3>PHONE</h3>') && html.contains('Aliyun SMS')
assert html.contains('id="pi-collected"') && html.contains('id="pi-provided"')
assert json.collectedPersonalInformation != null && json.providedPersonalInformation != null
assert new File(dir, 'datawarden-pi-collected.csv').getText('UTF-8').startsWith('\uFEFFCategory,Sensitive,Fields,')
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
return true
