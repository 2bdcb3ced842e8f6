// -Ddatawarden.dryRun prints the change as a unified diff (also in target/datawarden/annotate.diff)
// and leaves the sources as they were
def member = new File(basedir, 'src/main/java/shop/Member.java').text
assert !member.contains('@PersonalInfo')
def diff = new File(basedir, 'target/datawarden/annotate.diff').text
assert diff.startsWith('''--- a/src/main/java/shop/Member.java
+++ b/src/main/java/shop/Member.java
@@ -1,17 +1,22 @@
 // The shop's member: this header comment stays where it is.
 package shop;
 
+import dev.datawarden.annotations.PersonalInfo;
+import dev.datawarden.annotations.PersonalInfoCategory;
 import java.time.LocalDate;
 
 /** A registered member of the shop. */
 public class Member {
 
   /** Mobile number, as typed at sign-up. */
+  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")
   private String mobile; // E.164, e.g. +8613812345678
 
+  @PersonalInfo(category = PersonalInfoCategory.EMAIL, purposes = "TODO", retention = "TODO")
   @Deprecated
   private   String   youxiang;   /* pinyin for e-mail; odd spacing kept */
 
+  @PersonalInfo(category = PersonalInfoCategory.BIRTH_DATE, purposes = "TODO", retention = "TODO")
   private LocalDate birthday;
 
   private int mobileCount; // a count: not personal information
''')
def log = new File(basedir, 'build.log').text
assert log.contains('DataWarden: dry run, nothing written; 3 annotation(s) to insert in 1 file(s)')
assert log.contains('[INFO] +  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")')
assert log.contains('BUILD SUCCESS')
return true
