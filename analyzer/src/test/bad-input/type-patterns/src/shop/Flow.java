package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import java.util.logging.Logger;

public class Flow {
  private static final Logger LOG = Logger.getLogger("x");

  @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y", purposes = "a")
  String phone;

  void cast() {
    Object o = phone;
    LOG.info("a " + (String) o);
  }

  void pattern() {
    Object o = phone;
    if (o instanceof String p) {
      LOG.info("b " + p);
    }
  }

  void switched() {
    Object o = phone;
    switch (o) {
      case String p -> LOG.info("c " + p);
      default -> {}
    }
  }

  void switchedExpr() {
    Object o = phone;
    String r = switch (o) {
      case String p when p.length() > 2 -> p;
      default -> "";
    };
    LOG.info("d " + r);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Flow f && java.util.Objects.equals(phone, f.phone);
  }

  @Override
  public int hashCode() {
    return 1;
  }
}
