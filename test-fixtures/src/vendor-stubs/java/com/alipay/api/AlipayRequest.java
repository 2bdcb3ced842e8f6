package com.alipay.api;

/** Stand-in for alipay-sdk-java's request type. */
public interface AlipayRequest<T extends AlipayResponse> {}
