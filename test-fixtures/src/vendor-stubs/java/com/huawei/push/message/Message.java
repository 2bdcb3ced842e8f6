package com.huawei.push.message;

import java.util.ArrayList;
import java.util.List;

/** Stand-in for the HMS Push Kit server SDK's message, built by its builder (same names and signatures). */
public class Message {
  private final String data;
  private final List<String> token;

  private Message(Builder builder) {
    this.data = builder.data;
    this.token = builder.token;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder {
    private String data;
    private final List<String> token = new ArrayList<>();

    public Builder setData(String data) {
      this.data = data;
      return this;
    }

    public Builder addToken(String token) {
      this.token.add(token);
      return this;
    }

    public Message build() {
      return new Message(this);
    }
  }
}
