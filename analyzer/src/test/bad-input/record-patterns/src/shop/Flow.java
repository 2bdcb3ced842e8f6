package shop;

import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import java.util.logging.Logger;

public class Flow {
  private static final Logger LOG = Logger.getLogger("x");

  record Contact(@PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") String phone) {}

  void direct(Contact c) {
    LOG.info("a " + c.phone());
  }

  void pattern(Object o) {
    if (o instanceof Contact(String p)) {
      LOG.info("b " + p);
    }
  }

  void switched(Object o) {
    switch (o) {
      case Contact(var p) -> LOG.info("c " + p);
      default -> {}
    }
  }
}
