package com.lark.oapi.service.im.v1.model;

/** Stand-in for oapi-sdk's create-message request (same names and signatures). */
public class CreateMessageReq {
  public static Builder newBuilder() {
    return new Builder();
  }

  public static class Builder {
    public Builder receiveIdType(String receiveIdType) {
      return this;
    }

    public Builder createMessageReqBody(CreateMessageReqBody body) {
      return this;
    }

    public CreateMessageReq build() {
      return new CreateMessageReq();
    }
  }
}
