package com.xiaomi.xmpush.server;

/** Stand-in for the MiPush server SDK's message (same names and signatures). */
public class Message {
  public static final class Builder {
    public Builder title(String title) {
      return this;
    }

    public Builder description(String description) {
      return this;
    }

    public Builder restrictedPackageName(String packageName) {
      return this;
    }

    public Message build() {
      return new Message();
    }
  }
}
