package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

public class Lead {
  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "sales", retention = "P1Y")
  public String mobile;
}
