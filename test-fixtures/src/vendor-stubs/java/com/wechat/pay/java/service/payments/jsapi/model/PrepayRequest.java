package com.wechat.pay.java.service.payments.jsapi.model;

/** Stand-in for wechatpay-java's JSAPI prepay request (same names and signatures). */
public class PrepayRequest {
  public void setAppid(String appid) {}

  public void setDescription(String description) {}

  public void setPayer(Payer payer) {}
}
