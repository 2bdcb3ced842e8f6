package com.aliyun.oss;

/** Stand-in for com.aliyun.oss:aliyun-sdk-oss's client builder (same names and signatures). */
public class OSSClientBuilder {
  public OSS build(String endpoint, String accessKeyId, String secretAccessKey) {
    throw new UnsupportedOperationException("stand-in");
  }
}
