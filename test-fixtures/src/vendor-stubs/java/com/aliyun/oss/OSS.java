package com.aliyun.oss;

import com.aliyun.oss.model.PutObjectResult;
import java.io.InputStream;

/** Stand-in for com.aliyun.oss:aliyun-sdk-oss's client interface (same name and signature). */
public interface OSS {
  PutObjectResult putObject(String bucketName, String key, InputStream input);
}
