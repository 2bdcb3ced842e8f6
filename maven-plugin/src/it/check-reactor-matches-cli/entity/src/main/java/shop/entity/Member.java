package shop.entity;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

public class Member {
  private long id;

  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "account", retention = "P3Y")
  private String mobile;

  @PersonalInfo(category = PersonalInfoCategory.NAME, purposes = "account", retention = "P3Y")
  private String name;

  public long getId() {
    return id;
  }

  public String getMobile() {
    return mobile;
  }

  public String getName() {
    return name;
  }
}
