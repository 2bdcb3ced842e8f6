package com.alipay.api;

/** Stand-in for alipay-sdk-java's response type. */
public abstract class AlipayResponse {}
