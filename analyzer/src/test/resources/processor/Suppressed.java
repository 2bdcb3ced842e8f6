package shop;

import dev.datawarden.annotations.CrossBorder;
import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;

/** Suppressions silence the vocabulary check of every round as they silence the analysis. */
public class Suppressed {

  @SuppressWarnings("datawarden:InvalidAnnotation")
  static class Legacy {
    @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "forever") // Compliant: suppressed on Legacy
    private String phone;
  }

  @SuppressWarnings({"unused", "datawarden:InvalidAnnotation"})
  @CrossBorder(destination = "CN") // Compliant: suppressed on the method
  void mirror() {}

  @CrossBorder(destination = "china") // Noncompliant: InvalidAnnotation {{inside the PRC}}
  void copy() {}
}
