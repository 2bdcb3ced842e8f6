package com.unionpay.acp.sdk;

import java.util.Map;

/** Stand-in for UnionPay's acp SDK service (same names and signatures). */
public class AcpService {
  public static Map<String, String> sign(Map<String, String> reqData, String encoding) {
    return reqData;
  }

  public static Map<String, String> post(Map<String, String> reqData, String reqUrl, String encoding) {
    throw new UnsupportedOperationException("stand-in");
  }
}
