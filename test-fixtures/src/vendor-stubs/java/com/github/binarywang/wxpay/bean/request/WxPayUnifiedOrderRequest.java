package com.github.binarywang.wxpay.bean.request;

/** Stand-in for weixin-java-pay's unified order request and its builder. */
public class WxPayUnifiedOrderRequest {
  public static WxPayUnifiedOrderRequestBuilder newBuilder() {
    return new WxPayUnifiedOrderRequestBuilder();
  }

  /** Stand-in for the request's builder. */
  public static class WxPayUnifiedOrderRequestBuilder {
    public WxPayUnifiedOrderRequestBuilder body(String body) {
      return this;
    }

    public WxPayUnifiedOrderRequestBuilder openid(String openid) {
      return this;
    }

    public WxPayUnifiedOrderRequest build() {
      return new WxPayUnifiedOrderRequest();
    }
  }
}
