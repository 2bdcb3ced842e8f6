package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

public class Member {
  // the legacy column keeps its free-text retention until the migration
  @SuppressWarnings("datawarden:InvalidAnnotation")
  @PersonalInfo(category = PersonalInfoCategory.EMAIL, retention = "3 years")
  private String email;

  @SuppressWarnings("datawarden:MissingRetentionPeriod")
  @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P3Y")
  private String mobile;
}
