package com.alipay.easysdk.payment.common;

import com.alipay.easysdk.payment.common.models.AlipayTradeCreateResponse;

/** Stand-in for alipay-easysdk's common payment client (same names and signatures). */
public class Client {
  public AlipayTradeCreateResponse create(String subject, String outTradeNo, String totalAmount, String buyerId)
      throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
