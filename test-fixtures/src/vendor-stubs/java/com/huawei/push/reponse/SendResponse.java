package com.huawei.push.reponse;

/** Stand-in for the HMS Push Kit server SDK's response (same names; the SDK's package is spelt so). */
public class SendResponse {
  public String getCode() {
    return null;
  }
}
