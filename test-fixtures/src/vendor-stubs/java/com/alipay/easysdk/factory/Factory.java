package com.alipay.easysdk.factory;

/** Stand-in for com.alipay.sdk:alipay-easysdk's factory (same names and signatures). */
public class Factory {
  public static class Payment {
    public static com.alipay.easysdk.payment.common.Client Common() {
      throw new UnsupportedOperationException("stand-in");
    }
  }
}
