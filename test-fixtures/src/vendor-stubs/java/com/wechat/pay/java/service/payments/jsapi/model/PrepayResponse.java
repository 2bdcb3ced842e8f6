package com.wechat.pay.java.service.payments.jsapi.model;

/** Stand-in for wechatpay-java's JSAPI prepay response. */
public class PrepayResponse {
}
