package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

public class Member {
  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "account",
      retention = "P3Y\u001b[2J\n[INFO] BUILD SUCCESS")
  private String mobile;
}
