package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

public class Member {
  @PersonalInfo(category = PersonalInfoCategory.EMAIL, retention = "3 years")
  private String email;

  @PersonalInfo(category = PersonalInfoCategory.PHONE)
  private String mobile;
}
