package com.aliyun.cloudauth20190307;

import com.aliyun.cloudauth20190307.models.InitFaceVerifyRequest;
import com.aliyun.cloudauth20190307.models.InitFaceVerifyResponse;

/** Stand-in for com.aliyun:cloudauth20190307's client (same names and signatures). */
public class Client {
  public InitFaceVerifyResponse initFaceVerify(InitFaceVerifyRequest request) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
