package com.wechat.pay.java.service.payments.jsapi.model;

/** Stand-in for wechatpay-java's JSAPI payer (same names and signatures). */
public class Payer {
  public void setOpenid(String openid) {}
}
