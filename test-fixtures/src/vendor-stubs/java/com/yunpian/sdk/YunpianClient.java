package com.yunpian.sdk;

import com.yunpian.sdk.api.SmsApi;
import java.util.Map;

/** Stand-in for com.yunpian.sdk:yunpian-java-sdk's client (same names and signatures). */
public class YunpianClient {
  public static final String MOBILE = "mobile";
  public static final String TEXT = "text";

  public YunpianClient(String apikey) {}

  public YunpianClient init() {
    return this;
  }

  public Map<String, String> newParam(int size) {
    return new java.util.HashMap<>(size);
  }

  public SmsApi sms() {
    throw new UnsupportedOperationException("stand-in");
  }
}
