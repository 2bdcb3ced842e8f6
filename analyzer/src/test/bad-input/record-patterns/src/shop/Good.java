package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

public class Good {
  @PersonalInfo(category = PersonalInfoCategory.EMAIL)
  private String email;
}
