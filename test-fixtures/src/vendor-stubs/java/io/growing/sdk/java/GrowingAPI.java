package io.growing.sdk.java;

import io.growing.sdk.java.dto.GIOEventMessage;

/** Stand-in for GrowingIO's Java server SDK (same names and signatures). */
public class GrowingAPI {
  public void send(GIOEventMessage msg) {
    throw new UnsupportedOperationException("stand-in");
  }
}
