// annotate inserts the suggested annotations and their imports, keeps comments and formatting,
// and a second run changes nothing more
def source = { name -> new File(basedir, "src/main/java/shop/${name}.java").text }
assert source('Member') == '''// The shop's member: this header comment stays where it is.
package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import java.time.LocalDate;

/** A registered member of the shop. */
public class Member {

  /** Mobile number, as typed at sign-up. */
  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")
  private String mobile; // E.164, e.g. +8613812345678

  @PersonalInfo(category = PersonalInfoCategory.EMAIL, purposes = "TODO", retention = "TODO")
  @Deprecated
  private   String   youxiang;   /* pinyin for e-mail; odd spacing kept */

  @PersonalInfo(category = PersonalInfoCategory.BIRTH_DATE, purposes = "TODO", retention = "TODO")
  private LocalDate birthday;

  private int mobileCount; // a count: not personal information

  public String getMobile() {
    return mobile;
  }
}
'''
assert source('PaymentForm') == '''package shop;

import dev.datawarden.annotations.Sensitive;
import dev.datawarden.annotations.SensitiveCategory;

/** What the payment page posts. */
public record PaymentForm(@Sensitive(value = SensitiveCategory.FINANCIAL_ACCOUNT, purposes = "TODO", retention = "TODO") String bankCardNo, long amount) {}
'''
def log = new File(basedir, 'build.log').text
assert log.contains('DataWarden: 0 annotation(s) inserted in 0 file(s)')
assert log.contains('BUILD SUCCESS')
return true
