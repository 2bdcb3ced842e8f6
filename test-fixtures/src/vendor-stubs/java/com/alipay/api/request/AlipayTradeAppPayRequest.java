package com.alipay.api.request;

import com.alipay.api.AlipayRequest;
import com.alipay.api.response.AlipayTradeAppPayResponse;

/** Stand-in for alipay-sdk-java's app payment request (void setter, as in the SDK). */
public class AlipayTradeAppPayRequest implements AlipayRequest<AlipayTradeAppPayResponse> {
  public void setBizContent(String bizContent) {}
}
