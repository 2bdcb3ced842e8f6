package com.qiyuesuo.sdk.v2;

import com.qiyuesuo.sdk.v2.request.SdkRequest;

/** Stand-in for 契约锁's (qiyuesuo) SDK client (same names and signatures). */
public class SdkClient {
  public SdkClient(String serverUrl, String accessToken, String accessSecret) {}

  public String service(SdkRequest request) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
