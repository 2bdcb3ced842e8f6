package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

public class Member {
  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "login", retention = "P3Y")
  private String mobile;

  @PersonalInfo(category = PersonalInfoCategory.EMAIL, retention = "3 years")
  private String email;

  public void login() {
    System.out.println("login " + mobile);
  }
}
