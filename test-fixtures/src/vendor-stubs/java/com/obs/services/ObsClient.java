package com.obs.services;

import com.obs.services.model.PutObjectResult;
import java.io.InputStream;

/** Stand-in for com.huaweicloud:esdk-obs-java's client (same names and signatures). */
public class ObsClient {
  public ObsClient(String accessKey, String secretKey, String endPoint) {}

  public PutObjectResult putObject(String bucketName, String objectKey, InputStream input) {
    throw new UnsupportedOperationException("stand-in");
  }
}
