package com.oppo.push.server;

/** Stand-in for OPPO push's result (same names). */
public class Result {
  public String getMessageId() {
    return null;
  }
}
