package shop;

import dev.datawarden.annotations.ConsentCheck;
import dev.datawarden.annotations.CrossBorder;
import dev.datawarden.annotations.CrossBorderBasis;
import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.Sensitive;
import dev.datawarden.annotations.SensitiveCategory;

/** Every declaration here is complete and well formed: no diagnostic at all. */
@PersonalInfo(category = PersonalInfoCategory.ACCOUNT, purposes = "membership", retention = "P2Y")
public class Compliant {

  @PersonalInfo(category = PersonalInfoCategory.PHONE) // Compliant: inherits P2Y
  private String phone;

  @Sensitive(value = SensitiveCategory.FINANCIAL_ACCOUNT, retention = "P5Y") // Compliant: declared
  private String bankCard;

  @ConsentCheck(purposes = "marketing") // Compliant: names its purpose
  public boolean mayContact(long memberId) {
    return memberId > 0;
  }

  // Compliant: a foreign destination on a declared basis
  @CrossBorder(destination = "SG", basis = CrossBorderBasis.STANDARD_CONTRACT, assessmentRef = "SCC-2024-1")
  public void syncToSingapore() {}
}
