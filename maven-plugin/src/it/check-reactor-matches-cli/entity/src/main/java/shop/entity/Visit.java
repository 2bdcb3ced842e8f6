package shop.entity;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

/** Stored by the service module, deleted nowhere in the build. */
public class Visit {
  private long id;

  @PersonalInfo(category = PersonalInfoCategory.LOCATION, purposes = "account")
  private String place;

  public String getPlace() {
    return place;
  }
}
