package com.vivo.push.sdk.server;

import com.vivo.push.sdk.notofication.Message;
import com.vivo.push.sdk.notofication.Result;

/** Stand-in for vivo push's server SDK sender (same names and signatures). */
public class Sender {
  public Sender(String appSecret) throws Exception {}

  public Result sendSingle(Message message) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }

  public Result sendToAll(Message message) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
