// datawarden.locale=zh-CN: the findings, the log lines, the summary and the reports in Chinese, articles cited as 第N条
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[InvalidAnnotation] src/main/java/shop/Member.java:7')
assert log.contains('[MissingRetentionPeriod] src/main/java/shop/Member.java:10 个人信息 Member.')
assert log.contains('（第二十一条第（三）项）')
assert log.contains('DataWarden：1 个问题达到或高于 MAJOR')
assert log.contains('DataWarden 概要：1 个文件中发现 2 个问题')
assert !log.contains('(Art. ')
def dir = new File(basedir, 'target/datawarden')
def html = new File(dir, 'datawarden.html').getText('UTF-8')
assert html.contains('<html lang="zh-CN">') && html.contains('<h3>第二十一条</h3>') && html.contains('id="flow-map"')
def inventory = new File(dir, 'datawarden-inventory.html').getText('UTF-8')
assert inventory.contains('收集的个人信息清单（第二十一条）')
def csv = new File(dir, 'datawarden-pi-collected.csv').bytes
assert csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF
assert new String(csv, 'UTF-8').startsWith('\uFEFF种类,')
def sarif = new File(dir, 'datawarden.sarif').getText('UTF-8')
assert sarif.contains('个人信息未声明保存期限')
assert log.contains('BUILD FAILURE')
return true
