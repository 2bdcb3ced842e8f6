package com.vivo.push.sdk.notofication;

/** Stand-in for vivo push's message, built by its builder (same names and signatures; the SDK's package is spelt so). */
public class Message {
  private final String regId;
  private final String title;

  private Message(Builder builder) {
    this.regId = builder.regId;
    this.title = builder.title;
  }

  public static class Builder {
    private String regId;
    private String title;

    public Builder regId(String regId) {
      this.regId = regId;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Message build() {
      return new Message(this);
    }
  }
}
