package com.lark.oapi.service.im.v1.model;

/** Stand-in for oapi-sdk's create-message request body (same names and signatures). */
public class CreateMessageReqBody {
  public static Builder newBuilder() {
    return new Builder();
  }

  public static class Builder {
    public Builder receiveId(String receiveId) {
      return this;
    }

    public Builder msgType(String msgType) {
      return this;
    }

    public Builder content(String content) {
      return this;
    }

    public CreateMessageReqBody build() {
      return new CreateMessageReqBody();
    }
  }
}
