package shop.entity;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

public class Member {
  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "login", retention = "P3Y")
  private String mobile;

  @PersonalInfo(category = PersonalInfoCategory.NAME)
  private String name;

  public String getMobile() {
    return mobile;
  }
}
