package com.oppo.push.server;

import java.util.Map;

/** Stand-in for OPPO push's server SDK sender (same names and signatures). */
public class Sender {
  public Sender(String appKey, String masterSecret) throws Exception {}

  public Result unicastNotification(Notification notification, Target target) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }

  public Result unicastBatchNotification(Map<Target, Notification> messages) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
