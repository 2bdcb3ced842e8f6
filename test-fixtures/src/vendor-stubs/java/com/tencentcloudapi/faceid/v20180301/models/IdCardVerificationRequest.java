package com.tencentcloudapi.faceid.v20180301.models;

/** Stand-in for tencentcloud-sdk-java-faceid's ID card verification request (same names and signatures). */
public class IdCardVerificationRequest {
  public void setIdCard(String idCard) {}

  public void setName(String name) {}
}
