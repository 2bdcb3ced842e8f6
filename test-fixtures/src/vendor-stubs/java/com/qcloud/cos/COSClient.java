package com.qcloud.cos;

import com.qcloud.cos.auth.COSCredentials;
import com.qcloud.cos.model.PutObjectResult;
import java.io.File;

/** Stand-in for com.qcloud:cos_api's client (same names and signatures). */
public class COSClient {
  public COSClient(COSCredentials cred, ClientConfig clientConfig) {}

  public PutObjectResult putObject(String bucketName, String key, File file) {
    throw new UnsupportedOperationException("stand-in");
  }

  public PutObjectResult putObject(String bucketName, String key, String content) {
    throw new UnsupportedOperationException("stand-in");
  }
}
