package io.growing.sdk.java.dto;

/** Stand-in for GrowingIO's Java server SDK event (same names and signatures). */
public class GIOEventMessage {
  public static class Builder {
    public Builder eventKey(String eventKey) {
      return this;
    }

    public Builder loginUserId(String loginUserId) {
      return this;
    }

    public Builder addEventVariable(String key, String value) {
      return this;
    }

    public GIOEventMessage build() {
      return new GIOEventMessage();
    }
  }
}
