package com.cloopen.rest.sdk;

import java.util.HashMap;

/** Stand-in for Ronglian's com.cloopen:java-sms-sdk client (same names and signatures). */
public class CCPRestSmsSDK {
  public void init(String serverIP, String serverPort) {}

  public void setAccount(String accountSid, String accountToken) {}

  public void setAppId(String appId) {}

  public HashMap<String, Object> sendTemplateSMS(String to, String templateId, String[] datas) {
    throw new UnsupportedOperationException("stand-in");
  }
}
