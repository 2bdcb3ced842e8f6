package com.github.qcloudsms;

/** Stand-in for com.github.qcloudsms:qcloudsms's single sender (same constructor and send signature). */
public class SmsSingleSender {
  public SmsSingleSender(int appid, String appkey) {}

  public SmsSingleSenderResult send(int type, String nationCode, String phoneNumber, String msg, String extend,
      String ext) throws java.io.IOException {
    throw new UnsupportedOperationException("stand-in");
  }
}
