package com.xiaomi.xmpush.server;

import java.io.IOException;

/** Stand-in for the MiPush server SDK's sender (same names and signatures). */
public class Sender {
  public Sender(String security) {}

  public Result send(Message message, String regId, int retries) throws IOException {
    throw new UnsupportedOperationException("stand-in");
  }

  public Result sendToAlias(Message message, String alias, int retries) throws IOException {
    throw new UnsupportedOperationException("stand-in");
  }
}
