package com.tencentcloudapi.faceid.v20180301;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.faceid.v20180301.models.IdCardVerificationRequest;
import com.tencentcloudapi.faceid.v20180301.models.IdCardVerificationResponse;

/** Stand-in for com.tencentcloudapi:tencentcloud-sdk-java-faceid's client (same names and signatures). */
public class FaceidClient {
  public FaceidClient(Credential credential, String region) {}

  public IdCardVerificationResponse IdCardVerification(IdCardVerificationRequest req) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
