package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

/** Code written after the baseline: its finding is new. */
public class Added {
  @PersonalInfo(category = PersonalInfoCategory.ADDRESS, retention = "forever")
  private String address;
}
