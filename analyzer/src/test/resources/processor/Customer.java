package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

/** A customer: one declaration without a retention (minor), one with a malformed one (major). */
public class Customer {

  // Noncompliant@+1: MissingRetentionPeriod {{Customer.mobile}}
  @PersonalInfo(category = PersonalInfoCategory.PHONE)
  private String mobile;

  @PersonalInfo(category = PersonalInfoCategory.EMAIL, retention = "three years") // Noncompliant: InvalidAnnotation {{'three years'}}
  private String email;

  @PersonalInfo(category = PersonalInfoCategory.NAME, retention = "P3Y") // Compliant: declared
  private String name;

  private String alias; // Compliant here; the catalog in catalog.yml declares it

  public String getMobile() {
    return mobile;
  }
}
