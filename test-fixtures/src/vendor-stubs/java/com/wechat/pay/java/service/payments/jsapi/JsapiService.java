package com.wechat.pay.java.service.payments.jsapi;

import com.wechat.pay.java.service.payments.jsapi.model.PrepayRequest;
import com.wechat.pay.java.service.payments.jsapi.model.PrepayResponse;

/** Stand-in for com.github.wechatpay-apiv3:wechatpay-java's JSAPI payment service (same names and signatures). */
public class JsapiService {
  public PrepayResponse prepay(PrepayRequest request) {
    throw new UnsupportedOperationException("stand-in");
  }
}
