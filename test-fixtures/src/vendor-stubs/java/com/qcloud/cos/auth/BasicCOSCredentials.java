package com.qcloud.cos.auth;

/** Stand-in for com.qcloud:cos_api's basic credentials (same names and signatures). */
public class BasicCOSCredentials implements COSCredentials {
  public BasicCOSCredentials(String accessKey, String secretKey) {}
}
