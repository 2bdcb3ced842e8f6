// the module's resources are read: the XML <insert> stores the card in clear, the <delete> deletes it,
// and the mapper file that is not well-formed is a problem with its line
def log = new File(basedir, 'build.log').text
assert log.contains('[UnencryptedSensitiveData] src/main/java/shop/Wallet.java:7')
assert !log.contains('[MissingDeletionPath]')
assert log.contains('[WARNING] DataWarden: src/main/resources/mapper/BrokenDao.xml:4: mapper XML is not well-formed')
return true
