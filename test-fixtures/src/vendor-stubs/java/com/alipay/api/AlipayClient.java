package com.alipay.api;

/** Stand-in for com.alipay.sdk:alipay-sdk-java's client (same name and signature). */
public interface AlipayClient {
  <T extends AlipayResponse> T execute(AlipayRequest<T> request) throws Exception;
}
