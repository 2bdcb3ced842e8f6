package com.example.shop.privacy;

import dev.datawarden.annotations.Anonymizes;

/** Masks personal information before it is written to a log or shown to support staff. */
public final class PiMasking {

  private PiMasking() {}

  /** {@code 13812345678} becomes {@code 138****5678}. */
  @Anonymizes
  public static String maskMobile(String mobile) {
    if (mobile == null || mobile.length() < 7) {
      return "***";
    }
    return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
  }

  /** {@code 张三丰} becomes {@code 张**}. */
  @Anonymizes
  public static String maskName(String name) {
    if (name == null || name.isEmpty()) {
      return "*";
    }
    return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
  }

  /** Keeps the first and last four characters of an identity card number. */
  @Anonymizes
  public static String maskIdNumber(String idNumber) {
    if (idNumber == null || idNumber.length() < 8) {
      return "****";
    }
    return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8)
        + idNumber.substring(idNumber.length() - 4);
  }
}
