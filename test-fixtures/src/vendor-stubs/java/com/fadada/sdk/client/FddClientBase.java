package com.fadada.sdk.client;

/** Stand-in for 法大大's (fadada) SDK client (same names and signatures). */
public class FddClientBase {
  public FddClientBase(String appId, String appSecret, String version, String url) {}

  public String invokeSyncPersonAuto(String customerName, String email, String idCard, String identType, String mobile) {
    throw new UnsupportedOperationException("stand-in");
  }
}
