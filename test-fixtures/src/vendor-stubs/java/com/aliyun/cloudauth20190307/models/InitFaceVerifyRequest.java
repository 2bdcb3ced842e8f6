package com.aliyun.cloudauth20190307.models;

/** Stand-in for cloudauth20190307's face verification request (same names and signatures). */
public class InitFaceVerifyRequest {
  public InitFaceVerifyRequest setCertName(String certName) {
    return this;
  }

  public InitFaceVerifyRequest setCertNo(String certNo) {
    return this;
  }

  public InitFaceVerifyRequest setFaceContrastPicture(String faceContrastPicture) {
    return this;
  }
}
