package shop;

import dev.datawarden.annotations.Sensitive;
import dev.datawarden.annotations.SensitiveCategory;

public class Card {
  long id;

  @Sensitive(value = SensitiveCategory.FINANCIAL_ACCOUNT, retention = "P5Y")
  String number;
}
