package com.tencentcloudapi.common;

/** Stand-in for tencentcloud-sdk-java-common's credential (same names and signatures). */
public class Credential {
  public Credential(String secretId, String secretKey) {}
}
