package shop.service;

import dev.datawarden.annotations.ConsentCheck;

public class ConsentService {
  @ConsentCheck
  public boolean granted(long memberId, String purpose) {
    return memberId > 0 && !purpose.isEmpty();
  }
}
