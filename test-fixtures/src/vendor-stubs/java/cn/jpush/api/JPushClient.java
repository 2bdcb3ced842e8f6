package cn.jpush.api;

import cn.jpush.api.push.PushResult;

/** Stand-in for cn.jpush.api:jpush-client's client (same names and signatures). */
public class JPushClient {
  public JPushClient(String masterSecret, String appKey) {}

  public PushResult sendMessageWithRegistrationID(String title, String msgContent, String... registrationID) {
    throw new UnsupportedOperationException("stand-in");
  }
}
